"""The quantity parser: units x prefixes x spacing x case, and what it must refuse."""

from __future__ import annotations

import itertools
import math

import pytest

from chipkg.errors import UsageError
from chipkg.units import humanize, parse_quantity

PREFIXES = {"": 1.0, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15}
SPACES = ["", " ", "  "]


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-12)


@pytest.mark.parametrize("prefix,space", list(itertools.product([p for p in PREFIXES if p], SPACES)))
def test_bytes_and_bits_by_prefix_and_spacing(prefix, space):
    factor = PREFIXES[prefix]
    bits = prefix.upper()  # "kb" is lowercase: the case rule reads a data size in it as kB
    assert close(parse_quantity(f"1.5{space}{prefix}B", "datasize"), 1.5 * factor)
    assert close(parse_quantity(f"1.5{space}{bits}b", "datasize"), 1.5 * factor / 8)  # GB is not Gb
    assert close(parse_quantity(f"2{space}{prefix}B/s", "bandwidth"), 2 * factor)
    assert close(parse_quantity(f"2{space}{bits}b/s", "bandwidth"), 2 * factor / 8)
    assert close(parse_quantity(f"2{space}{prefix}b/s", "networkrate"), 2 * factor)
    assert close(parse_quantity(f"2{space}{prefix}B/s", "networkrate"), 16 * factor)
    assert close(parse_quantity(f"3{space}{prefix}OPS", "performance"), 3 * factor)
    assert close(parse_quantity(f"3{space}{prefix}FLOPS", "performance"), 3 * factor)


@pytest.mark.parametrize(
    "text,dimension,expected",
    [
        ("100MB", "datasize", 1e8),
        ("0.1 GB", "datasize", 1e8),
        ("0.1GB", "datasize", 1e8),
        ("144 MB", "datasize", 1.44e8),
        ("1.5TB", "datasize", 1.5e12),
        ("1,200 TB", "datasize", 1.2e15),
        ("1 GiB", "datasize", 2**30),
        ("100 megabytes", "datasize", 1e8),
        ("2 Gigabytes", "datasize", 2e9),
        ("1.5 TB/s", "bandwidth", 1.5e12),
        ("134GB/s", "bandwidth", 1.34e11),
        ("100 GBps", "bandwidth", 1e11),
        ("200Gb/s", "networkrate", 2e11),
        ("200 Gbps", "networkrate", 2e11),
        ("200 GbE", "networkrate", 2e11),
        # "bps" is bits per second in every dimension and case: "1 tbps" of memory bandwidth is
        # 125 GB/s (it was read as 1 TB/s, so a 134 GB/s chip answered "no")
        ("1 tbps", "bandwidth", 1.25e11),
        ("1000 gbps", "bandwidth", 1.25e11),
        ("200 gbps", "networkrate", 2e11),
        ("1 tb/s", "bandwidth", 1e12),
        ("7nm", "length", 7e-9),
        ("7 nm", "length", 7e-9),
        ("7 NM", "length", 7e-9),
        ("7-nanometer", "length", 7e-9),
        ("12 nanometres", "length", 1.2e-8),
        ("800 mm", "length", 0.8),
        ("150W", "power", 150.0),
        ("150 w", "power", 150.0),
        ("90 watts", "power", 90.0),
        ("0.2 kW", "power", 200.0),
        ("500 mW", "power", 0.5),
        ("1 MW", "power", 1e6),
        ("1.2GHz", "frequency", 1.2e9),
        ("1.2 ghz", "frequency", 1.2e9),
        ("400 MHz", "frequency", 4e8),
        ("400 mhz", "frequency", 4e8),
        ("1.35 GHz", "frequency", 1.35e9),
        ("400 TOPS", "performance", 4e14),
        ("400 tops", "performance", 4e14),
        ("2.6 PFLOPS", "performance", 2.6e15),
        ("2.6 petaflops", "performance", 2.6e15),
        ("15 exaflops", "performance", 1.5e19),
        ("1 PetaOPS", "performance", 1e15),
        ("650 teraFLOPS", "performance", 6.5e14),
        ("256 EFLOPS", "performance", 2.56e20),
        ("40 billion", "count", 4e10),
        ("20B", "count", 2e10),
        ("1,024", "count", 1024.0),
        ("100k", "count", 1e5),
        ("4 trillion", "count", 4e12),
        ("96", "count", 96.0),
        ("85%", "percentage", 0.85),
        ("10 %", "percentage", 0.1),
        ("67 percent", "percentage", 0.67),
    ],
)
def test_parse_quantity(text, dimension, expected):
    assert close(parse_quantity(text, dimension), expected)


def test_decimal_maths_keeps_round_values_exact():
    assert parse_quantity("7nm", "length") == 7e-9
    assert parse_quantity("0.1 GB", "datasize") == 100_000_000.0
    assert parse_quantity("1.35GHz", "frequency") == 1_350_000_000.0


@pytest.mark.parametrize(
    "text,dimension,message",
    [
        ("3 mw", "power", "is ambiguous: write mW or MW"),
        ("100 parsecs", "datasize", "unknown data size unit"),
        ("100", "datasize", "has no unit"),
        ("100 W", "datasize", "unknown data size unit"),
        ("7 GB", "length", "unknown length unit"),
        ("fast", "frequency", "is not a frequency"),
        ("", "power", "is not a power"),
        ("1.2.3 GHz", "frequency", "unknown frequency unit"),
        ("400 TOPS", "bandwidth", "unknown bandwidth unit"),
        ("-5MB", "datasize", "is negative"),
    ],
)
def test_refusals(text, dimension, message):
    with pytest.raises(UsageError) as err:
        parse_quantity(text, dimension)
    assert message in err.value.message


@pytest.mark.parametrize(
    "value,dimension,text",
    [
        (1.44e8, "datasize", "144 MB"),
        (1.5e12, "datasize", "1.5 TB"),
        (2e9, "datasize", "2 GB"),
        (3.7e12, "bandwidth", "3.7 TB/s"),
        (2e11, "networkrate", "200 Gb/s"),
        (4e14, "performance", "400 TOPS"),
        (2.6e15, "flops", "2.6 PFLOPS"),
        (90.0, "power", "90 W"),
        (1.35e9, "frequency", "1.35 GHz"),
        (7e-9, "length", "7 nm"),
        (2.08e11, "count", "208 billion"),
        (0.85, "percentage", "85%"),
        (1040.0, "count", "1,040"),
        (8.75e12, "efficiency", "8.75 TOPS/W"),
        (2.5e12, "flops_efficiency", "2.5 TFLOPS/W"),
    ],
)
def test_humanize(value, dimension, text):
    assert humanize(value, dimension) == text
