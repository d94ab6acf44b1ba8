"""Fact tests, group a: Blackwell, MI350, Gaudi 3, Trillium, the market shares and the organizations.

Every expected value below was typed by hand from shared/sources/ai-chip-race.txt; the comment on
each row cites the line. Nothing here is computed from the data under test.
"""

from __future__ import annotations

import pytest

from chipkg.namespaces import PREFIXES


def x(curie: str) -> str:
    """Expand a prefixed name (``unit:GigaBYTE``) to the full IRI string the ``kg`` fixture returns."""
    prefix, local = curie.split(":", 1)
    return PREFIXES[prefix] + local


APPROX = dict(rel=1e-9, abs=0.0)

# --- chips -------------------------------------------------------------------------------------------

# chip, label, vendor, kinds, profiled, process node (or None), foundry (or None), line
CHIPS = [
    ("chip:nvidia-blackwell-gpu", "Nvidia Blackwell GPU", "org:nvidia", ["ck:GPU"], True, "node:4nm", "org:tsmc", 41),
    ("chip:amd-instinct-mi350", "AMD Instinct MI350", "org:amd", ["ck:GPU"], True, None, None, 47),
    ("chip:intel-gaudi-3", "Intel Gaudi 3", "org:intel", ["ck:GPU", "ck:AIAccelerator"], True, "node:5nm", None, 53),
    ("chip:google-trillium-tpu", "Google Trillium TPU", "org:google", ["ck:TPU"], True, None, None, 63),
    ("chip:nvidia-h100", "Nvidia H100", "org:nvidia", ["ck:GPU"], False, None, None, 173),
    ("chip:amd-instinct-mi300-series", "AMD Instinct MI300 series", "org:amd", ["ck:GPU"], False, None, None, 47),
    ("chip:amd-ryzen-9000-series", "AMD Ryzen 9000 series", "org:amd", ["ck:CPU"], False, None, None, 47),
]


@pytest.mark.parametrize("chip,label,vendor,kinds,profiled,node,foundry,line", CHIPS, ids=[c[0] for c in CHIPS])
def test_chip_identity(kg, chip, label, vendor, kinds, profiled, node, foundry, line):
    rows = kg.rows(f"SELECT ?label ?vendor ?profiled WHERE {{ {chip} a ck:Chip ; rdfs:label ?label ; "
                   f"ck:designedBy ?vendor ; ck:profiled ?profiled }}")
    assert rows == [{"label": label, "vendor": x(vendor), "profiled": profiled}]
    for kind in kinds:
        assert kg.ask(f"ASK {{ {chip} a {kind} }}"), kind
    nodes = kg.rows(f"SELECT ?n WHERE {{ {chip} ck:processNode ?n }}")
    assert [r["n"] for r in nodes] == ([x(node)] if node else [])
    foundries = kg.rows(f"SELECT ?f WHERE {{ {chip} ck:manufacturedBy ?f }}")
    assert [r["f"] for r in foundries] == ([x(foundry)] if foundry else [])


ALT_LABELS = [
    ("chip:nvidia-blackwell-gpu", "Blackwell"),      # line 41
    ("chip:amd-instinct-mi350", "MI350"),            # line 47
    ("chip:intel-gaudi-3", "Gaudi 3"),               # line 53
    ("chip:google-trillium-tpu", "Trillium"),        # line 63
    ("chip:amd-instinct-mi300-series", "MI300 series"),  # line 47
]


@pytest.mark.parametrize("chip,alt", ALT_LABELS)
def test_alt_labels(kg, chip, alt):
    assert kg.ask(f'ASK {{ {chip} skos:altLabel "{alt}" }}')


SCALARS = [
    ("chip:amd-instinct-mi350", "ck:productionYear", 2025),   # line 47
    ("chip:google-trillium-tpu", "ck:generation", 6),         # line 63 "sixth-generation"
    ("feat:blackwell-second-generation-transformer-engine", "ck:generation", 2),  # line 41
    ("feat:blackwell-fifth-generation-nvlink", "ck:generation", 5),               # line 41
    ("feat:intel-gaudi-3-tensor-processor-core", "ck:generation", 5),             # line 53
    ("feat:google-trillium-sparsecore", "ck:generation", 3),                      # line 65
]


@pytest.mark.parametrize("subject,prop,value", SCALARS)
def test_scalar_literals(kg, subject, prop, value):
    assert kg.rows(f"SELECT ?v WHERE {{ {subject} {prop} ?v }}") == [{"v": value}]


LINKS = [
    ("chip:nvidia-blackwell-gpu", "ck:supportsFormat", "fmt:fp4"),        # line 41 4-bit floating point
    ("chip:nvidia-blackwell-gpu", "ck:softwareStack", "sw:cuda"),         # line 193
    ("chip:nvidia-blackwell-gpu", "ck:workload", "wl:training"),          # line 41
    ("chip:nvidia-blackwell-gpu", "ck:workload", "wl:inference"),         # line 41
    ("chip:nvidia-blackwell-gpu", "ck:workload", "wl:llm"),               # line 41
    ("chip:nvidia-blackwell-gpu", "ck:section", "sec:future-prospects"),  # line 193
    ("chip:amd-instinct-mi350", "ck:architecture", "arch:cdna-4"),        # line 47
    ("chip:amd-instinct-mi350", "ck:workload", "wl:data-center"),         # line 47
    ("chip:amd-ryzen-9000-series", "ck:workload", "wl:desktop"),          # line 47
    ("chip:amd-ryzen-9000-series", "ck:notSuitableFor", "wl:data-center"),  # line 47
    ("chip:intel-gaudi-3", "ck:supportsFormat", "fmt:fp8"),               # line 57
    ("chip:google-trillium-tpu", "ck:deployedOn", "sys:google-ai-hypercomputer"),  # line 69
    ("chip:google-trillium-tpu", "ck:usedFor", "sys:google-gemini"),      # line 69
    ("sys:google-gemini", "dct:creator", "org:google-deepmind"),          # line 69
    ("chip:google-trillium-tpu", "ck:workload", "wl:ranking-recommendation"),  # line 65
    ("chip:google-trillium-tpu", "ck:feature", "feat:google-trillium-sparsecore"),  # line 65
]


@pytest.mark.parametrize("s,p,o", LINKS)
def test_links(kg, s, p, o):
    assert kg.ask(f"ASK {{ {s} {p} {o} }}")


def test_gaudi_3_has_no_workload(kg):
    # lines 53, 57: only "AI workloads" and "deep learning applications"; no training, inference or
    # data-centre use is stated, so none is recorded.
    assert kg.rows("SELECT ?w WHERE { chip:intel-gaudi-3 ck:workload ?w }") == []


def test_blackwell_six_technologies(kg):
    # line 41: "six cutting-edge technologies"
    rows = kg.rows("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { chip:nvidia-blackwell-gpu ck:feature ?f . ?f a ck:Feature }")
    assert rows == [{"n": 6}]
    rows = kg.rows("SELECT ?v ?of WHERE { chip:nvidia-blackwell-gpu ck:featureCount ?c . "
                   "?c qudt:numericValue ?v ; ck:countOf ?of }")
    assert rows == [{"v": 6.0, "of": x("ck:CountedTechnology")}]


# --- figures -----------------------------------------------------------------------------------------

# chip, path from chip, figure, value, unit, statedUnit, normalized, qualifier (None = exact), scope
FIGURES = [
    # line 41
    ("chip:nvidia-blackwell-gpu", "ck:transistorCount", "fig:nvidia-blackwell-gpu-transistors",
     208, "ck:BILLION", "billion", 2.08e11, None, "ck:PerChip"),
    ("chip:nvidia-blackwell-gpu", "ck:dieCount", "fig:nvidia-blackwell-gpu-dies",
     2, "unit:NUM", "dies", 2.0, None, "ck:PerChip"),
    ("chip:nvidia-blackwell-gpu", "ck:interconnect/ck:bandwidth", "fig:nvidia-blackwell-gpu-die-to-die-bandwidth",
     10, "ck:TeraBYTE-PER-SEC", "TB/s", 1e13, None, "ck:PerChip"),
    ("chip:nvidia-blackwell-gpu", "ck:interconnect/ck:bandwidth", "fig:nvidia-blackwell-gpu-nvlink-bandwidth",
     1.8, "ck:TeraBYTE-PER-SEC", "TB/s", 1.8e12, None, "ck:PerChip"),
    ("chip:nvidia-blackwell-gpu", "ck:scaleOut", "fig:nvidia-blackwell-gpu-nvlink-scale",
     576, "unit:NUM", "GPUs", 576.0, "ck:UpperBound", "ck:PerCluster"),
    ("chip:nvidia-blackwell-gpu", "ck:maxModelSize", "fig:nvidia-blackwell-gpu-max-model-size",
     10, "ck:TRILLION", "trillion", 1e13, "ck:UpperBound", None),
    # line 53
    ("chip:intel-gaudi-3", "ck:dieCount", "fig:intel-gaudi-3-dies", 2, "unit:NUM", "dies", 2.0, None, "ck:PerChip"),
    ("chip:intel-gaudi-3", "ck:computeUnits", "fig:intel-gaudi-3-matrix-engines-per-die",
     4, "unit:NUM", "matrix math engines", 4.0, None, "ck:PerDie"),
    ("chip:intel-gaudi-3", "ck:computeUnits", "fig:intel-gaudi-3-matrix-engines",
     8, "unit:NUM", "matrix math engines", 8.0, None, "ck:PerChip"),
    ("chip:intel-gaudi-3", "ck:computeUnits", "fig:intel-gaudi-3-tpcs-per-die",
     32, "unit:NUM", "Tensor Processor Cores (TPCs)", 32.0, None, "ck:PerDie"),
    ("chip:intel-gaudi-3", "ck:computeUnits", "fig:intel-gaudi-3-tpcs", 64, "unit:NUM", "TPCs", 64.0, None, "ck:PerChip"),
    ("chip:intel-gaudi-3", "ck:memory/ck:capacity", "fig:intel-gaudi-3-sram-per-die-capacity",
     48, "unit:MegaBYTE", "MB", 4.8e7, None, "ck:PerDie"),
    ("chip:intel-gaudi-3", "ck:memory/ck:capacity", "fig:intel-gaudi-3-sram-capacity",
     96, "unit:MegaBYTE", "MB", 9.6e7, None, "ck:PerChip"),
    # line 55
    ("chip:intel-gaudi-3", "ck:memory/ck:capacity", "fig:intel-gaudi-3-hbm-capacity",
     128, "unit:GigaBYTE", "GB", 1.28e11, None, "ck:PerChip"),
    ("chip:intel-gaudi-3", "ck:memory/ck:bandwidth", "fig:intel-gaudi-3-hbm-bandwidth",
     3.7, "ck:TeraBYTE-PER-SEC", "TB/s", 3.7e12, None, "ck:PerChip"),
    ("chip:intel-gaudi-3", "ck:interconnect/ck:laneCount", "fig:intel-gaudi-3-pcie-lanes",
     16, "unit:NUM", "lanes", 16.0, None, "ck:PerChip"),
    ("chip:intel-gaudi-3", "ck:interconnect/ck:portCount", "fig:intel-gaudi-3-ethernet-ports",
     24, "unit:NUM", "ports", 24.0, None, "ck:PerChip"),
    ("chip:intel-gaudi-3", "ck:interconnect/ck:portSpeed", "fig:intel-gaudi-3-ethernet-port-speed",
     200, "unit:GigaBIT-PER-SEC", "Gigabit", 2e11, None, "ck:PerChip"),
    # line 57
    ("chip:intel-gaudi-3", "ck:scaleOut", "fig:intel-gaudi-3-node-size",
     8, "unit:NUM", "accelerators", 8.0, None, "ck:PerNode"),
    ("chip:intel-gaudi-3", "ck:scaleOut", "fig:intel-gaudi-3-cluster-size",
     1000, "unit:NUM", "GPUs", 1e3, "ck:LowerBound", "ck:PerCluster"),
    ("chip:intel-gaudi-3", "ck:performance", "fig:intel-gaudi-3-fp8-node",
     14.7, "ck:PetaFLOPS", "petaflops", 1.47e16, None, "ck:PerNode"),
    ("chip:intel-gaudi-3", "ck:performance", "fig:intel-gaudi-3-fp8-cluster",
     15, "ck:ExaFLOPS", "exaflops", 1.5e19, "ck:UpperBound", "ck:PerCluster"),
    # line 63
    ("chip:google-trillium-tpu", "ck:memory/ck:capacity", "fig:google-trillium-tpu-hbm-capacity",
     128, "unit:GigaBYTE", "GB", 1.28e11, None, "ck:PerChip"),
    ("chip:google-trillium-tpu", "ck:memory/ck:bandwidth", "fig:google-trillium-tpu-hbm-bandwidth",
     3.7, "ck:TeraBYTE-PER-SEC", "TB/s", 3.7e12, None, "ck:PerChip"),
    # line 67
    ("chip:google-trillium-tpu", "ck:scaleOut", "fig:google-trillium-tpu-pod-size",
     256, "unit:NUM", "units", 256.0, "ck:UpperBound", "ck:PerPod"),
    ("chip:google-trillium-tpu", "ck:scaleOut", "fig:google-trillium-tpu-multi-pod-size",
     1000, "unit:NUM", "TPUs", 1e3, "ck:LowerBound", "ck:PerCluster"),
    # process nodes (lines 41, 53)
    ("node:4nm", "ck:featureSize", "fig:node-4nm-feature-size", 4, "unit:NanoM", "nm", 4e-9, None, None),
    ("node:5nm", "ck:featureSize", "fig:node-5nm-feature-size", 5, "unit:NanoM", "nm", 5e-9, None, None),
]


@pytest.mark.parametrize("chip,path,fig,value,unit,stated,normalized,qualifier,scope", FIGURES,
                         ids=[f[2] for f in FIGURES])
def test_figure(kg, chip, path, fig, value, unit, stated, normalized, qualifier, scope):
    assert kg.ask(f"ASK {{ {chip} {path} {fig} }}"), f"{fig} is not reachable from {chip} via {path}"
    rows = kg.rows(f"SELECT ?v ?u ?s ?n WHERE {{ {fig} qudt:numericValue ?v ; qudt:unit ?u ; "
                   f"ck:statedUnit ?s ; ck:normalizedValue ?n }}")
    assert len(rows) == 1
    row = rows[0]
    assert row["v"] == pytest.approx(value, **APPROX)
    assert row["u"] == x(unit)
    assert row["s"] == stated
    assert row["n"] == pytest.approx(normalized, **APPROX)
    quals = [r["q"] for r in kg.rows(f"SELECT ?q WHERE {{ {fig} ck:qualifier ?q }}")]
    assert quals == ([x(qualifier)] if qualifier else [])
    if scope:
        assert kg.rows(f"SELECT ?sc WHERE {{ {fig} ck:scope ?sc }}") == [{"sc": x(scope)}]
    assert kg.ask(f"ASK {{ {fig} ck:section ?sec }}")


def test_gaudi_3_fp8_scaling(kg):
    # line 57: 14.7 PFLOPS FP8 per node of eight; up to 15 EFLOPS in a 1,024-node cluster
    rows = kg.rows("SELECT ?f ?p ?c ?of WHERE { chip:intel-gaudi-3 ck:performance ?f . "
                   "?f ck:precision ?p ; ck:scaleCount ?c ; ck:scaleCountOf ?of } ORDER BY ?c")
    assert rows == [
        {"f": x("fig:intel-gaudi-3-fp8-node"), "p": x("fmt:fp8"), "c": 8, "of": x("ck:PerChip")},
        {"f": x("fig:intel-gaudi-3-fp8-cluster"), "p": x("fmt:fp8"), "c": 1024, "of": x("ck:PerNode")},
    ]


# --- memory specs and interconnect uses --------------------------------------------------------------

# memory spec, technology, on chip (HBM: false, it sits beside the die), qualifier, scope
MEMORY = [
    ("fig:intel-gaudi-3-sram-per-die", "mem:sram", True, None, "ck:PerDie"),   # line 53
    ("fig:intel-gaudi-3-sram", "mem:sram", True, None, "ck:PerChip"),          # line 53
    ("fig:intel-gaudi-3-hbm", "mem:hbm", False, None, "ck:PerChip"),            # line 55
    ("fig:google-trillium-tpu-hbm", "mem:hbm", False, None, "ck:PerChip"),      # line 63
    ("fig:amd-instinct-mi350-hbm", "mem:hbm3e", False, "ck:Uncertain", "ck:PerChip"),  # line 47 "likely HBM3E"
]


@pytest.mark.parametrize("spec,tech,on_chip,qualifier,scope", MEMORY, ids=[m[0] for m in MEMORY])
def test_memory_spec(kg, spec, tech, on_chip, qualifier, scope):
    assert kg.ask(f"ASK {{ {spec} a ck:MemorySpec ; ck:memoryTechnology {tech} ; ck:scope {scope} ; ck:section ?s }}")
    flags = [r["o"] for r in kg.rows(f"SELECT ?o WHERE {{ {spec} ck:onChip ?o }}")]
    assert flags == ([on_chip] if on_chip is not None else [])
    quals = [r["q"] for r in kg.rows(f"SELECT ?q WHERE {{ {spec} ck:qualifier ?q }}")]
    assert quals == ([x(qualifier)] if qualifier else [])


# interconnect use, technologies, purposes, direction
INTERCONNECTS = [
    ("fig:nvidia-blackwell-gpu-die-to-die", {"ic:die-to-die"}, {"ck:ChipToChip"}, None),   # line 41
    ("fig:nvidia-blackwell-gpu-nvlink", {"ic:nvlink-5"}, {"ck:ChipToChip"}, "bidirectional"),  # line 41
    ("fig:intel-gaudi-3-die-link", {"ic:die-to-die"}, {"ck:ChipToChip"}, None),            # line 53
    ("fig:intel-gaudi-3-pcie", {"ic:pcie-5-0"}, set(), None),                              # line 55
    ("fig:intel-gaudi-3-ethernet", {"ic:ethernet", "ic:roce"}, {"ck:ChipToChip", "ck:ScaleOut"}, None),  # line 55
    ("fig:google-trillium-tpu-ici", {"ic:ici"}, {"ck:ChipToChip"}, None),                  # line 65
]


@pytest.mark.parametrize("use,techs,purposes,direction", INTERCONNECTS, ids=[i[0] for i in INTERCONNECTS])
def test_interconnect_use(kg, use, techs, purposes, direction):
    assert kg.ask(f"ASK {{ ?chip ck:interconnect {use} . {use} a ck:InterconnectUse ; ck:section ?s }}")
    got = {r["t"] for r in kg.rows(f"SELECT ?t WHERE {{ {use} ck:interconnectTechnology ?t }}")}
    assert got == {x(t) for t in techs}
    got = {r["p"] for r in kg.rows(f"SELECT ?p WHERE {{ {use} ck:purpose ?p }}")}
    assert got == {x(p) for p in purposes}
    dirs = [r["d"] for r in kg.rows(f"SELECT ?d WHERE {{ {use} ck:direction ?d }}")]
    assert dirs == ([direction] if direction else [])


SCALE_OUT = [
    ("fig:nvidia-blackwell-gpu-nvlink-scale", "ck:Accelerator", "ic:nvlink-5"),        # line 41
    ("fig:intel-gaudi-3-cluster-size", "ck:Accelerator", "ic:roce"),                 # line 57
    ("fig:google-trillium-tpu-pod-size", "ck:Accelerator", "ic:ici"),                # line 67
    ("fig:google-trillium-tpu-multi-pod-size", "ck:Accelerator", "sys:google-datacenter-network"),  # line 67
]


@pytest.mark.parametrize("limit,counted,via", SCALE_OUT)
def test_scale_out(kg, limit, counted, via):
    assert kg.ask(f"ASK {{ {limit} a ck:ScaleOutLimit ; ck:countOf {counted} ; ck:via {via} }}")


# --- comparisons -------------------------------------------------------------------------------------

# comparison, subject, baseline chip (or None: described), aspect, value, unit, normalized, qualifier
COMPARISONS = [
    ("fig:nvidia-blackwell-gpu-transformer-engine-compute", "chip:nvidia-blackwell-gpu", None,
     "ck:ComputeCapacity", 2, "ck:TIMES", 2.0, None),                                      # line 41 doubling
    ("fig:amd-instinct-mi350-vs-mi300-inference", "chip:amd-instinct-mi350", "chip:amd-instinct-mi300-series",
     "ck:InferencePerformance", 35, "ck:TIMES", 35.0, "ck:UpperBound"),                    # line 47 up to 35x
    ("fig:google-trillium-tpu-peak-compute-gain", "chip:google-trillium-tpu", None,
     "ck:PeakCompute", 4.7, "ck:TIMES", 4.7, None),                                        # line 63
    ("fig:google-trillium-tpu-memory-bandwidth-gain", "chip:google-trillium-tpu", None,
     "ck:MemoryBandwidth", 2, "ck:TIMES", 2.0, None),                                      # line 63 double
    ("fig:google-trillium-tpu-ici-bandwidth-gain", "chip:google-trillium-tpu", None,
     "ck:InterconnectBandwidth", 2, "ck:TIMES", 2.0, None),                                # line 65 double
    ("fig:google-trillium-tpu-energy-efficiency-gain", "chip:google-trillium-tpu", None,
     "ck:EnergyEfficiency", 67, "ck:PERCENT-INCREASE", 1.67, None),                        # line 67 67% greater
]


@pytest.mark.parametrize("cmp,subject,baseline,aspect,value,unit,normalized,qualifier", COMPARISONS,
                         ids=[c[0] for c in COMPARISONS])
def test_comparison(kg, cmp, subject, baseline, aspect, value, unit, normalized, qualifier):
    rows = kg.rows(f"SELECT ?v ?u ?n WHERE {{ {cmp} a ck:Comparison ; ck:subject {subject} ; ck:aspect {aspect} ; "
                   f"qudt:numericValue ?v ; qudt:unit ?u ; ck:normalizedValue ?n ; ck:section ?s }}")
    assert len(rows) == 1
    assert rows[0]["v"] == pytest.approx(value, **APPROX)
    assert rows[0]["u"] == x(unit)
    assert rows[0]["n"] == pytest.approx(normalized, **APPROX)
    if baseline:
        assert kg.ask(f"ASK {{ {cmp} ck:baseline {baseline} }}")
    else:
        assert kg.ask(f"ASK {{ {cmp} ck:baselineDescription ?d }}")
        assert not kg.ask(f"ASK {{ {cmp} ck:baseline ?b }}")
    quals = [r["q"] for r in kg.rows(f"SELECT ?q WHERE {{ {cmp} ck:qualifier ?q }}")]
    assert quals == ([x(qualifier)] if qualifier else [])


# --- market shares (line 13) ---------------------------------------------------------------------------

# share, holder (or None: described), value, normalized, qualifier
SHARES = [
    ("fig:nvidia-market-share", "org:nvidia", 85, 0.85, "ck:Approximate"),   # "about ~85%"
    ("fig:amd-market-share", "org:amd", 10, 0.10, "ck:Approximate"),         # "about ~10%"
    ("fig:others-market-share", None, 5, 0.05, None),                         # "the rest 5%"
]


@pytest.mark.parametrize("share,holder,value,normalized,qualifier", SHARES, ids=[s[0] for s in SHARES])
def test_market_share(kg, share, holder, value, normalized, qualifier):
    rows = kg.rows(f"SELECT ?v ?u ?n ?m WHERE {{ {share} a ck:MarketShare ; qudt:numericValue ?v ; qudt:unit ?u ; "
                   f"ck:normalizedValue ?n ; ck:market ?m ; ck:section sec:introduction }}")
    assert len(rows) == 1
    assert rows[0]["v"] == pytest.approx(value, **APPROX)
    assert rows[0]["u"] == x("unit:PERCENT")
    assert rows[0]["n"] == pytest.approx(normalized, **APPROX)
    if holder:
        assert kg.ask(f"ASK {{ {share} ck:holder {holder} . {holder} ck:marketShare {share} }}")
    else:
        assert kg.ask(f"ASK {{ {share} ck:holderDescription ?d }}")
    quals = [r["q"] for r in kg.rows(f"SELECT ?q WHERE {{ {share} ck:qualifier ?q }}")]
    assert quals == ([x(qualifier)] if qualifier else [])


# --- organizations -------------------------------------------------------------------------------------

ORGS = [
    "org:nvidia", "org:amd", "org:intel", "org:google", "org:alphabet", "org:amazon", "org:aws", "org:microsoft",
    "org:openai", "org:meta", "org:qualcomm", "org:ibm", "org:apple", "org:sambanova", "org:cerebras", "org:groq",
    "org:mythic", "org:d-matrix", "org:tenstorrent", "org:tsmc", "org:habana-labs", "org:uxl-foundation",
    "org:google-deepmind",
]


@pytest.mark.parametrize("org", ORGS)
def test_organization_has_one_label(kg, org):
    rows = kg.rows(f"SELECT ?l WHERE {{ {org} a ck:Organization ; rdfs:label ?l }}")
    assert len(rows) == 1


ROLES = [
    ("org:tsmc", "ck:Foundry"),                 # lines 41, 97, 101, 119, 151
    ("org:uxl-foundation", "ck:Consortium"),    # line 15
    ("org:microsoft", "ck:CloudProvider"),      # line 15 hyperscalers
    ("org:meta", "ck:CloudProvider"),           # line 15
    ("org:amazon", "ck:CloudProvider"),         # line 15
    ("org:google", "ck:CloudProvider"),         # line 15
    ("org:openai", "ck:AILab"),                 # line 15
    ("org:google-deepmind", "ck:AILab"),        # line 69
    ("org:nvidia", "ck:ChipDesigner"),          # line 41
    ("org:habana-labs", "ck:ChipDesigner"),     # line 193 purpose-built AI accelerators
]


@pytest.mark.parametrize("org,role", ROLES)
def test_organization_role(kg, org, role):
    assert kg.ask(f"ASK {{ {org} a {role} }}")


RELATIONS = [
    ("org:intel", "ck:acquired", "org:habana-labs"),             # line 193
    ("org:habana-labs", "ck:acquiredBy", "org:intel"),           # line 193
    ("org:amd", "ck:memberOf", "org:uxl-foundation"),            # line 15
    ("org:intel", "ck:memberOf", "org:uxl-foundation"),          # line 15
    ("org:google", "ck:memberOf", "org:uxl-foundation"),         # line 15
    ("org:uxl-foundation", "ck:hasMember", "org:google"),        # line 15
    ("org:google", "ck:parentOrganization", "org:alphabet"),     # line 61 "Alphabet/Google"
    ("org:aws", "ck:parentOrganization", "org:amazon"),          # line 73 "Amazon/AWS"
    ("org:microsoft", "ck:partnerOf", "org:openai"),             # line 15 "Microsoft with OpenAI"
    ("org:openai", "ck:partnerOf", "org:microsoft"),             # symmetric
    ("org:amd", "skos:altLabel", '"Advanced Micro Devices"'),    # line 45
    ("org:aws", "skos:altLabel", '"Amazon Web Services"'),
    ("org:nvidia", "ck:section", "sec:future-prospects"),        # line 193
    ("org:habana-labs", "ck:section", "sec:future-prospects"),   # line 193
]


@pytest.mark.parametrize("s,p,o", RELATIONS)
def test_organization_relation(kg, s, p, o):
    assert kg.ask(f"ASK {{ {s} {p} {o} }}")


def test_uxl_members_exactly(kg):
    # line 15: AMD and Intel participate, and the group includes Google
    rows = kg.rows("SELECT ?m WHERE { ?m ck:memberOf org:uxl-foundation } ORDER BY ?m")
    assert [r["m"] for r in rows] == sorted(x(o) for o in ["org:amd", "org:google", "org:intel"])


# --- notes ---------------------------------------------------------------------------------------------

# note, kind, something it is about, a section
NOTES = [
    ("note:gaudi-3-called-gpu", "ck:Inconsistency", "chip:intel-gaudi-3", "sec:intel"),              # lines 53, 193
    ("note:amd-architecture-cdna-4-vs-rdna", "ck:Inconsistency", "chip:amd-instinct-mi350", "sec:future-prospects"),  # 47/193
    ("note:trillium-memory-matches-gaudi-3", "ck:Slip", "fig:google-trillium-tpu-hbm", "sec:google"),  # 55/63
    ("note:amd-instinct-mi350-memory-generation-guessed", "ck:Hedge", "fig:amd-instinct-mi350-hbm", "sec:amd"),  # 47
    ("note:market-shares-are-estimates", "ck:Hedge", "fig:nvidia-market-share", "sec:introduction"),  # 13
]


@pytest.mark.parametrize("note,kind,about,section", NOTES, ids=[n[0] for n in NOTES])
def test_note(kg, note, kind, about, section):
    assert kg.ask(f"ASK {{ {note} a ck:Note ; ck:noteKind {kind} ; ck:about {about} ; ck:section {section} ; "
                  f"rdfs:comment ?c }}")


# --- article and sections --------------------------------------------------------------------------------

SECTIONS = [
    ("sec:introduction", 9, 35), ("sec:nvidia", 39, 43), ("sec:amd", 45, 49), ("sec:intel", 51, 59),
    ("sec:google", 61, 71), ("sec:aws", 73, 77), ("sec:microsoft", 79, 83), ("sec:meta", 85, 93),
    ("sec:qualcomm-adreno", 95, 99), ("sec:qualcomm-cloud-ai", 101, 109), ("sec:ibm", 111, 115),
    ("sec:apple", 117, 125), ("sec:sambanova", 129, 135), ("sec:cerebras", 137, 147), ("sec:groq", 149, 159),
    ("sec:mythic", 161, 169), ("sec:d-matrix", 171, 175), ("sec:tenstorrent", 177, 187),
    ("sec:future-prospects", 189, 196),
]


@pytest.mark.parametrize("section,start,end", SECTIONS)
def test_section(kg, section, start, end):
    rows = kg.rows(f"SELECT ?a ?b WHERE {{ {section} a ck:ArticleSection ; rdfs:label ?l ; ck:sourceURL ?u ; "
                   f"dct:isPartOf <https://rajathnarasimha.com> ; ck:lineStart ?a ; ck:lineEnd ?b }}")
    assert rows == [{"a": start, "b": end}]


def test_article_references(kg):
    # lines 204-216: six numbered references
    rows = kg.rows("SELECT (COUNT(?r) AS ?n) WHERE { <https://rajathnarasimha.com> dct:references ?r }")
    assert rows == [{"n": 6}]
    assert kg.ask('ASK { <https://rajathnarasimha.com> a ck:Article ; dct:title "Blog 2: The AI Chip Race" }')
