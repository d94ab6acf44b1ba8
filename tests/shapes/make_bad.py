"""Write tests/shapes/bad/<Shape>.ttl: good.ttl with ONE triple added, removed or changed per shape.

Run from anywhere: ``python tests/shapes/make_bad.py``. Each bad file starts with
``# expect: focus=<IRI> shape=<IRI>``: the (focus node, source shape) pair the validation report
must contain. tests/test_shapes.py checks the files, so edit the table here and re-run rather than
editing the files by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "src"))

from chipkg.namespaces import PREFIXES  # noqa: E402

SHAPES = "https://w3id.org/chipkg/shapes#"

# shape local name -> (focus node, edit). Edits on whole lines of good.ttl:
#   ("del", line)                  remove a triple
#   ("sub", line, new line)        change a triple's object
#   ("add", anchor line, new line) add a triple after the anchor line
CHIP = "chip:example-accelerator"
MEMBERSHIP = "grp:unicorn-startups-groq"
CASES: dict[str, tuple[str, tuple[str, ...]]] = {
    # chips
    "ChipLabel": (
        CHIP,
        ("add", f'{CHIP} rdfs:label "Example Accelerator" .', f'{CHIP} rdfs:label "Example LPU" .'),
    ),
    "ChipDesignedBy": (CHIP, ("del", f"{CHIP} ck:designedBy org:groq .")),
    "ChipKind": (CHIP, ("del", f"{CHIP} a ck:LPU .")),
    "ChipSection": (CHIP, ("del", f"{CHIP} ck:section sec:groq .")),
    "ChipProfiled": (CHIP, ("sub", f"{CHIP} ck:profiled true .", f'{CHIP} ck:profiled "true" .')),
    "BaselineChipNotProfiled": (CHIP, ("add", f"{CHIP} a ck:LPU .", f"{CHIP} a ck:BaselineChip .")),
    "ChipProcessNode": (
        CHIP,
        ("sub", f"{CHIP} ck:processNode node:7nm .", f"{CHIP} ck:processNode mem:sram ."),
    ),
    "ProfiledChipProcessNodeExpected": (CHIP, ("del", f"{CHIP} ck:processNode node:7nm .")),
    "ProfiledChipMemoryExpected": (CHIP, ("del", f"{CHIP} ck:memory fig:example-sram .")),
    "ProfiledChipPerformanceExpected": (CHIP, ("del", f"{CHIP} ck:performance fig:example-peak .")),
    # labels
    "OrganizationLabel": ("org:groq", ("del", 'org:groq rdfs:label "Groq" .')),
    "EntityLabel": ("mem:sram", ("del", 'mem:sram rdfs:label "SRAM" .')),
    "LabelNamesOneThing": (
        CHIP,
        (
            "sub",
            'chip:example-baseline-gpu rdfs:label "Example Baseline GPU" .',
            'chip:example-baseline-gpu rdfs:label "Example Accelerator" .',
        ),
    ),
    # quantities
    "QuantityNumericValue": (
        "fig:example-clock",
        ("sub", "fig:example-clock qudt:numericValue 1.2 .", 'fig:example-clock qudt:numericValue "1.2" .'),
    ),
    "QuantityUnit": ("fig:example-clock", ("del", "fig:example-clock qudt:unit unit:GigaHZ .")),
    "QuantityNormalizedValue": (
        "fig:example-clock",
        (
            "sub",
            "fig:example-clock ck:normalizedValue 1.2e9 .",
            "fig:example-clock ck:normalizedValue 1200000000 .",
        ),
    ),
    "QuantityNumericValueFinite": (  # a ratio: no positivity shape to catch it first
        "fig:example-vs-baseline",
        (
            "sub",
            "fig:example-vs-baseline qudt:numericValue 4 .",
            'fig:example-vs-baseline qudt:numericValue "NaN"^^xsd:double .',
        ),
    ),
    "QuantityNormalizedValueFinite": (
        "fig:example-clock",
        (
            "sub",
            "fig:example-clock ck:normalizedValue 1.2e9 .",
            'fig:example-clock ck:normalizedValue "NaN"^^xsd:double .',
        ),
    ),
    "QuantitySection": ("fig:example-clock", ("del", "fig:example-clock ck:section sec:groq .")),
    "QuantityStatedUnit": ("fig:example-clock", ("del", 'fig:example-clock ck:statedUnit "GHz" .')),
    "QualifierValue": (
        "fig:example-transistors",
        (
            "sub",
            "fig:example-transistors ck:qualifier ck:LowerBound .",
            "fig:example-transistors ck:qualifier ck:Over .",
        ),
    ),
    "ScopeValue": (
        "fig:example-transistors",
        (
            "sub",
            "fig:example-transistors ck:scope ck:PerChip .",
            "fig:example-transistors ck:scope ck:PerWafer .",
        ),
    ),
    "ScaleCount": (
        "fig:example-cluster-peak",
        (
            "sub",
            "fig:example-cluster-peak ck:scaleCount 1024 .",
            "fig:example-cluster-peak ck:scaleCount 1024.0 .",
        ),
    ),
    "ScaleCountOf": (
        "fig:example-cluster-peak",
        ("del", "fig:example-cluster-peak ck:scaleCountOf ck:PerNode ."),
    ),
    "PositiveValue": (
        "fig:example-power",
        ("sub", "fig:example-power qudt:numericValue 75 .", "fig:example-power qudt:numericValue -75 ."),
    ),
    "PercentageRange": (
        "fig:example-market-share",
        (
            "sub",
            "fig:example-market-share qudt:numericValue 85 .",
            "fig:example-market-share qudt:numericValue 185 .",
        ),
    ),
    "CountOfValue": (
        "fig:example-transistors",
        (
            "sub",
            "fig:example-transistors ck:countOf ck:Transistor .",
            "fig:example-transistors ck:countOf ck:Transistors .",
        ),
    ),
    "SparsityValue": (
        "fig:example-peak",
        ("sub", "fig:example-peak ck:sparsity ck:Dense .", "fig:example-peak ck:sparsity ck:Sparsity ."),
    ),
    "BitWidthValue": ("fmt:int8", ("sub", "fmt:int8 ck:bitWidth 8 .", 'fmt:int8 ck:bitWidth "8" .')),
    "NumericFormatBitWidth": ("fmt:int8", ("del", "fmt:int8 ck:bitWidth 8 .")),
    "NumericFormatFamily": (
        "fmt:int8",
        ("sub", "fmt:int8 ck:formatFamily ck:Integer .", "fmt:int8 ck:formatFamily ck:FixedPoint ."),
    ),
    # units per quantity class
    "LengthUnit": (
        "fig:example-feature-size",
        (
            "sub",
            "fig:example-feature-size qudt:unit unit:NanoM .",
            "fig:example-feature-size qudt:unit unit:MilliM2 .",
        ),
    ),
    "AreaUnit": (
        "fig:example-die-area",
        (
            "sub",
            "fig:example-die-area qudt:unit unit:MilliM2 .",
            "fig:example-die-area qudt:unit unit:NanoM .",
        ),
    ),
    "DataSizeUnit": (
        "fig:example-sram-capacity",
        (
            "sub",
            "fig:example-sram-capacity qudt:unit unit:MegaBYTE .",
            "fig:example-sram-capacity qudt:unit unit:BIT .",
        ),
    ),
    "DataRateUnit": (
        "fig:example-sram-bandwidth",
        (
            "sub",
            "fig:example-sram-bandwidth qudt:unit ck:TeraBYTE-PER-SEC .",
            "fig:example-sram-bandwidth qudt:unit unit:GigaBIT-PER-SEC .",
        ),
    ),
    "NetworkRateUnit": (
        "fig:example-port-speed",
        (
            "sub",
            "fig:example-port-speed qudt:unit unit:GigaBIT-PER-SEC .",
            "fig:example-port-speed qudt:unit ck:GigaBYTE-PER-SEC .",
        ),
    ),
    "PerformanceUnit": (
        "fig:example-peak",
        ("sub", "fig:example-peak qudt:unit ck:PetaOPS .", "fig:example-peak qudt:unit unit:GigaHZ ."),
    ),
    "PowerUnit": (
        "fig:example-power",
        ("sub", "fig:example-power qudt:unit unit:W .", "fig:example-power qudt:unit unit:NUM ."),
    ),
    "FrequencyUnit": (
        "fig:example-clock",
        ("sub", "fig:example-clock qudt:unit unit:GigaHZ .", "fig:example-clock qudt:unit ck:BILLION ."),
    ),
    "CountUnit": (
        "fig:example-transistors",
        (
            "sub",
            "fig:example-transistors qudt:unit ck:BILLION .",
            "fig:example-transistors qudt:unit unit:GigaHZ .",
        ),
    ),
    "BitWidthUnit": (
        "fig:example-bit-width",
        ("sub", "fig:example-bit-width qudt:unit unit:BIT .", "fig:example-bit-width qudt:unit unit:BYTE ."),
    ),
    "PercentageUnit": (
        "fig:example-market-share",
        (
            "sub",
            "fig:example-market-share qudt:unit unit:PERCENT .",
            "fig:example-market-share qudt:unit ck:TIMES .",
        ),
    ),
    "RatioUnit": (
        "fig:example-vs-baseline",
        (
            "sub",
            "fig:example-vs-baseline qudt:unit ck:TIMES .",
            "fig:example-vs-baseline qudt:unit unit:PERCENT .",
        ),
    ),
    # normalization
    "UnitConversion": (
        "unit:GigaHz",
        ("sub", "fig:example-clock qudt:unit unit:GigaHZ .", "fig:example-clock qudt:unit unit:GigaHz ."),
    ),
    "NormalizedValueConsistent": (
        "fig:example-clock",
        (
            "sub",
            "fig:example-clock ck:normalizedValue 1.2e9 .",
            "fig:example-clock ck:normalizedValue 1.2e6 .",
        ),
    ),
    # references
    "SectionReference": (CHIP, ("sub", f"{CHIP} ck:section sec:groq .", f"{CHIP} ck:section sec:grok .")),
    "DesignedByReference": (
        "chip:example-baseline-gpu",
        (
            "sub",
            "chip:example-baseline-gpu ck:designedBy org:nvidia .",
            "chip:example-baseline-gpu ck:designedBy mem:sram .",
        ),
    ),
    "ManufacturedByReference": (
        CHIP,
        ("sub", f"{CHIP} ck:manufacturedBy org:tsmc .", f"{CHIP} ck:manufacturedBy org:groq ."),
    ),
    "MemoryTechnologyReference": (
        "fig:example-sram",
        (
            "sub",
            "fig:example-sram ck:memoryTechnology mem:sram .",
            "fig:example-sram ck:memoryTechnology ic:pcie-4-0 .",
        ),
    ),
    "InterconnectTechnologyReference": (
        "fig:example-pcie",
        (
            "sub",
            "fig:example-pcie ck:interconnectTechnology ic:pcie-4-0 .",
            "fig:example-pcie ck:interconnectTechnology mem:sram .",
        ),
    ),
    "ViaReference": (
        "fig:example-scale-out",
        ("sub", "fig:example-scale-out ck:via ic:pcie-4-0 .", "fig:example-scale-out ck:via mem:sram ."),
    ),
    "SupportsFormatReference": (
        CHIP,
        ("sub", f"{CHIP} ck:supportsFormat fmt:int8 .", f"{CHIP} ck:supportsFormat fmt:int9 ."),
    ),
    "PrecisionReference": (
        "fig:example-peak",
        ("sub", "fig:example-peak ck:precision fmt:int8 .", "fig:example-peak ck:precision wl:inference ."),
    ),
    "WorkloadReference": (
        CHIP,
        ("sub", f"{CHIP} ck:workload wl:inference .", f"{CHIP} ck:workload fmt:int8 ."),
    ),
    "HolderReference": (
        "fig:example-market-share",
        (
            "sub",
            "fig:example-market-share ck:holder org:nvidia .",
            "fig:example-market-share ck:holder chip:example-baseline-gpu .",
        ),
    ),
    "NeedsNoExternalTechnology": (
        CHIP,
        ("sub", f"{CHIP} ck:needsNoExternal mem:sram .", f"{CHIP} ck:needsNoExternal node:7nm ."),
    ),
    "NoExternalMemory": (
        CHIP,
        ("sub", "fig:example-sram ck:onChip true .", "fig:example-sram ck:onChip false ."),
    ),
    "UsedInsteadOfTechnology": (
        "fig:example-sram",
        ("add", "fig:example-sram ck:onChip true .", "fig:example-sram ck:usedInsteadOf node:7nm ."),
    ),
    "UsedInsteadOfNotUsed": (
        CHIP,
        ("add", "fig:example-sram ck:onChip true .", "fig:example-sram ck:usedInsteadOf mem:sram ."),
    ),
    "MemoryReference": (
        CHIP,
        ("sub", f"{CHIP} ck:memory fig:example-sram .", f"{CHIP} ck:memory fig:example-sram-capacity ."),
    ),
    "InterconnectReference": (
        CHIP,
        (
            "sub",
            f"{CHIP} ck:interconnect fig:example-pcie .",
            f"{CHIP} ck:interconnect fig:example-pcie-lanes .",
        ),
    ),
    "ScaleOutReference": (
        CHIP,
        ("sub", f"{CHIP} ck:scaleOut fig:example-scale-out .", f"{CHIP} ck:scaleOut fig:example-max-model ."),
    ),
    "MarketShareReference": (
        "org:nvidia",
        (
            "sub",
            "org:nvidia ck:marketShare fig:example-market-share .",
            "org:nvidia ck:marketShare fig:example-vs-baseline .",
        ),
    ),
    "PerformanceReference": (
        CHIP,
        ("sub", f"{CHIP} ck:performance fig:example-peak .", f"{CHIP} ck:performance fig:example-clock ."),
    ),
    "ClockSpeedReference": (
        CHIP,
        ("sub", f"{CHIP} ck:clockSpeed fig:example-clock .", f"{CHIP} ck:clockSpeed fig:example-peak ."),
    ),
    "PowerReference": (
        CHIP,
        ("sub", f"{CHIP} ck:power fig:example-power .", f"{CHIP} ck:power fig:example-clock ."),
    ),
    "DieAreaReference": (
        CHIP,
        ("sub", f"{CHIP} ck:dieArea fig:example-die-area .", f"{CHIP} ck:dieArea fig:example-feature-size ."),
    ),
    "FeatureSizeReference": (
        "node:7nm",
        (
            "sub",
            "node:7nm ck:featureSize fig:example-feature-size .",
            "node:7nm ck:featureSize fig:example-die-area .",
        ),
    ),
    "TransistorCountReference": (
        CHIP,
        (
            "sub",
            f"{CHIP} ck:transistorCount fig:example-transistors .",
            f"{CHIP} ck:transistorCount fig:example-power .",
        ),
    ),
    "ComputeUnitsReference": (
        CHIP,
        ("sub", f"{CHIP} ck:computeUnits fig:example-cores .", f"{CHIP} ck:computeUnits fig:example-clock ."),
    ),
    "DieCountReference": (
        CHIP,
        ("sub", f"{CHIP} ck:dieCount fig:example-dies .", f"{CHIP} ck:dieCount fig:example-die-area ."),
    ),
    "LaneCountReference": (
        "fig:example-pcie",
        (
            "sub",
            "fig:example-pcie ck:laneCount fig:example-pcie-lanes .",
            "fig:example-pcie ck:laneCount fig:example-port-speed .",
        ),
    ),
    "PortCountReference": (
        "fig:example-pcie",
        (
            "sub",
            "fig:example-pcie ck:portCount fig:example-ports .",
            "fig:example-pcie ck:portCount fig:example-port-speed .",
        ),
    ),
    "MaxModelSizeReference": (
        CHIP,
        (
            "sub",
            f"{CHIP} ck:maxModelSize fig:example-max-model .",
            f"{CHIP} ck:maxModelSize fig:example-transistors .",
        ),
    ),
    "CapacityReference": (
        "fig:example-sram",
        (
            "sub",
            "fig:example-sram ck:capacity fig:example-sram-capacity .",
            "fig:example-sram ck:capacity fig:example-sram-bandwidth .",
        ),
    ),
    "BandwidthReference": (
        "fig:example-sram",
        (
            "sub",
            "fig:example-sram ck:bandwidth fig:example-sram-bandwidth .",
            "fig:example-sram ck:bandwidth fig:example-sram-capacity .",
        ),
    ),
    "PortSpeedReference": (
        "fig:example-pcie",
        (
            "sub",
            "fig:example-pcie ck:portSpeed fig:example-port-speed .",
            "fig:example-pcie ck:portSpeed fig:example-sram-bandwidth .",
        ),
    ),
    "ShareReference": (
        "fig:example-market-share",
        (
            "add",
            'fig:example-market-share ck:market "AI chip market" .',
            "fig:example-market-share ck:share fig:example-vs-baseline .",
        ),
    ),
    # memory specs, interconnect uses
    "MemorySpecOnChip": ("fig:example-sram", ("del", "fig:example-sram ck:onChip true .")),
    "MemorySpecTechnology": (
        "fig:example-sram",
        (
            "add",
            "fig:example-sram ck:memoryTechnology mem:sram .",
            "fig:example-sram ck:memoryTechnology mem:hbm3e .",
        ),
    ),
    "MemorySpecTechnologyExpected": (
        "fig:example-sram",
        ("del", "fig:example-sram ck:memoryTechnology mem:sram ."),
    ),
    "InterconnectPurposeValue": (
        "fig:example-pcie",
        ("sub", "fig:example-pcie ck:purpose ck:ChipToHost .", "fig:example-pcie ck:purpose ck:HostLink ."),
    ),
    "FigureSection": ("fig:example-sram", ("del", "fig:example-sram ck:section sec:groq .")),
    # comparisons, market shares
    "ComparisonSubject": (
        "fig:example-vs-baseline",
        ("del", "fig:example-vs-baseline ck:subject chip:example-accelerator ."),
    ),
    "ComparisonBaseline": (
        "fig:example-vs-baseline",
        (
            "sub",
            "fig:example-vs-baseline ck:baseline chip:example-baseline-gpu .",
            "fig:example-vs-baseline ck:baseline org:nvidia .",
        ),
    ),
    "ComparisonBaselineGiven": (
        "fig:example-vs-baseline",
        ("del", "fig:example-vs-baseline ck:baseline chip:example-baseline-gpu ."),
    ),
    "ComparisonAspect": (
        "fig:example-vs-baseline",
        ("del", "fig:example-vs-baseline ck:aspect ck:InferencePerformance ."),
    ),
    "MarketShareHolder": (
        "fig:example-market-share",
        ("del", "fig:example-market-share ck:holder org:nvidia ."),
    ),
    # provenance
    "SectionSourceURL": (
        "sec:groq",
        (
            "sub",
            "sec:groq ck:sourceURL <https://wow.groq.com/why-groq/> .",
            'sec:groq ck:sourceURL "https://wow.groq.com/why-groq/" .',
        ),
    ),
    "UserSourceURL": (
        "src:example-1",
        (
            "sub",
            "src:example-1 ck:sourceURL <https://example.org/chips/example> .",
            "src:example-1 ck:sourceURL <file:///etc/passwd> .",
        ),
    ),
    "UserSourceCreated": (
        "src:example-1",
        (
            "sub",
            'src:example-1 prov:generatedAtTime "2026-01-01T00:00:00Z"^^xsd:dateTime .',
            'src:example-1 prov:generatedAtTime "2026-01-01" .',
        ),
    ),
    "SectionProfiles": (
        "sec:groq",
        ("sub", "sec:groq ck:profiles org:groq .", "sec:groq ck:profiles sec:unicorn-startups ."),
    ),
    "SectionPartOfArticle": ("sec:groq", ("del", "sec:groq dct:isPartOf <https://rajathnarasimha.com> .")),
    "SectionLineStart": ("sec:groq", ("sub", "sec:groq ck:lineStart 149 .", "sec:groq ck:lineStart 169 .")),
    "SectionLineEnd": ("sec:groq", ("sub", "sec:groq ck:lineEnd 159 .", 'sec:groq ck:lineEnd "159" .')),
    "HeadingLine": (
        "sec:unicorn-startups",
        ("sub", "sec:unicorn-startups ck:headingLine 127 .", 'sec:unicorn-startups ck:headingLine "127" .'),
    ),
    "UnderHeadingReference": (
        "sec:groq",
        ("sub", "sec:groq ck:underHeading sec:unicorn-startups .", "sec:groq ck:underHeading sec:groq ."),
    ),
    # the article's groups of organizations
    "MembershipMember": (MEMBERSHIP, ("del", f"{MEMBERSHIP} ck:member org:groq .")),
    "MembershipGroup": (
        MEMBERSHIP,
        ("sub", f"{MEMBERSHIP} ck:group grp:unicorn-startups .", f"{MEMBERSHIP} ck:group org:groq ."),
    ),
    "MembershipSection": (MEMBERSHIP, ("del", f"{MEMBERSHIP} ck:section sec:groq .")),
    # typed a start-up, but no membership says where the article puts it in the group
    "GroupMemberHasMembership": (
        "org:groq",
        ("sub", f"{MEMBERSHIP} ck:member org:groq .", f"{MEMBERSHIP} ck:member org:nvidia ."),
    ),
    # a membership whose member is not typed with the group's class
    "MembershipMemberTyped": (MEMBERSHIP, ("del", "org:groq a ck:UnicornStartup .")),
    "NoteComment": (
        "note:example-note",
        ("del", 'note:example-note rdfs:comment "Only a lower bound is given." .'),
    ),
    "NoteAbout": ("note:example-note", ("del", "note:example-note ck:about fig:example-transistors .")),
    "NoteKind": (
        "note:example-note",
        ("sub", "note:example-note ck:noteKind ck:Hedge .", "note:example-note ck:noteKind ck:Typo ."),
    ),
}


def expand(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return PREFIXES[prefix] + local


def apply(lines: list[str], edit: tuple[str, ...]) -> list[str]:
    kind, anchor, *rest = edit
    hits = [i for i, line in enumerate(lines) if line == anchor]
    if len(hits) != 1:
        raise SystemExit(f"{anchor!r} occurs {len(hits)} times in good.ttl")
    i = hits[0]
    if kind == "del":
        return lines[:i] + lines[i + 1 :]
    if kind == "sub":
        return lines[:i] + [rest[0]] + lines[i + 1 :]
    if kind == "add":
        return lines[: i + 1] + [rest[0]] + lines[i + 1 :]
    raise SystemExit(f"unknown edit {kind}")


def main() -> None:
    good = (HERE / "good.ttl").read_text(encoding="utf-8").splitlines()
    out = HERE / "bad"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.ttl"):
        old.unlink()
    for shape, (focus, edit) in sorted(CASES.items()):
        header = f"# expect: focus={expand(focus)} shape={SHAPES}{shape}"
        body = apply(good, edit)
        (out / f"{shape}.ttl").write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} files to {out}")


if __name__ == "__main__":
    main()
