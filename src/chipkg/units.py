"""Quantities as people type them ("100MB", "0.1 GB", "1.5 TB/s", "200Gb/s", "7 nm") -> base units.

Base units match the graph's ``ck:normalizedValue``: metres, bytes, bytes per second, bits per
second, operations per second, watts, hertz, plain counts, and ratios (percent / 100).
Prefixes are SI decimal (1 MB = 1e6 bytes, as QUDT's unit:MegaBYTE); the binary ones (MiB, GiB)
are accepted too.

The case rule, one for every quantity parameter and for ``ask``. A quantity is read in one
dimension only (the parameter's, or each candidate's in ``ask``), never across dimensions; in it:
- a unit with capitals that is a unit as written means just that: GB gigabytes, Gb gigabits,
  mW milliwatts, MW megawatts;
- a unit in lowercase carries no case, so the dimension decides between bytes and bits: a data
  size or memory bandwidth in "gb", "kb" or "gb/s" is in bytes, a network rate in "gb/s" in bits;
  but a lowercase "bps" is bits per second in every dimension ("gbps", "tbps" as people type
  Gbps, Tbps; "GBPS", with its capital B, stays bytes);
- any other miscased unit ("gB", "GB/S", "MHZ", "NM", "KW", "Tops") is the one unit of the
  dimension it matches but for case, keeping its byte letter as typed ("gB" bytes, "Gb/S" bits);
- a unit that still has two readings ("mw", "Mw": milli or mega?) is refused, never guessed.

Every number is finite or refused: "1e400" (infinity), "nan", "inf" and digits of other scripts
("²", "٧") are errors, not values.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from chipkg.errors import UsageError

_SI = {"": 1.0, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18}
_SI_WORDS = {"": 1.0, "kilo": 1e3, "mega": 1e6, "giga": 1e9, "tera": 1e12, "peta": 1e15, "exa": 1e18}
_BINARY = {"Ki": 2.0**10, "Mi": 2.0**20, "Gi": 2.0**30, "Ti": 2.0**40, "Pi": 2.0**50}


class Dimension(NamedTuple):
    name: str
    base: str  # how the base unit is written, for messages and tables
    examples: str
    units: dict[str, float]  # exact spellings (case-sensitive)
    folded: dict[str, float]  # lowercase spellings that are unambiguous in any case
    unitless_ok: bool = False
    #: "B" or "b": which of two units differing only by case this dimension means (bytes for a
    #: data size or memory bandwidth, bits for a network rate); None: such a unit is refused
    case_letter: str | None = None


def _data_size() -> Dimension:
    units: dict[str, float] = {}
    folded: dict[str, float] = {}
    for p, m in _SI.items():
        units[f"{p}B"] = m
        units[f"{p}b"] = m / 8
        units[f"{p}bit"] = m / 8
    units["KB"] = 1e3
    units["Kb"] = 1e3 / 8
    for p, m in _BINARY.items():
        units[f"{p}B"] = m
        units[f"{p}b"] = m / 8
    for w, m in _SI_WORDS.items():
        for noun, k in (("byte", 1.0), ("bit", 1 / 8)):
            folded[f"{w}{noun}"] = m * k
            folded[f"{w}{noun}s"] = m * k
    return Dimension("data size", "bytes", "100MB, 0.1 GB, 1.5TB", units, folded, case_letter="B")


def _rate(base_bits: bool) -> Dimension:
    """Data rates; ``base_bits`` picks the base (bits/s for network links, bytes/s otherwise)."""
    per_byte = 8.0 if base_bits else 1.0
    per_bit = 1.0 if base_bits else 1 / 8
    units: dict[str, float] = {}
    folded: dict[str, float] = {}
    for p, m in {**_SI, "K": 1e3}.items():
        for suffix in ("B/s", "Bps", "B/sec"):
            units[f"{p}{suffix}"] = m * per_byte
        for suffix in ("b/s", "bps", "bit/s", "bits/s", "b/sec", "bE", "bit", "b"):
            # "200 GbE", "ports of 200 Gb" are Ethernet's line rate, never a memory's bandwidth
            if suffix not in ("bE", "b") or base_bits:
                units[f"{p}{suffix}"] = m * per_bit
    for w, m in _SI_WORDS.items():
        for noun, k in (("byte", per_byte), ("bit", per_bit)):
            for tail in ("s per second", "s/s", " per second", "/s", "s/second"):
                folded[f"{w}{noun}{tail}"] = m * k
    if base_bits:  # "200 GbE", "200-gigabit Ethernet": Ethernet's line rate, never a memory's bandwidth
        folded["gbe"] = 1e9 * per_bit
        for w, m in _SI_WORDS.items():
            folded[f"{w}bit ethernet"] = m * per_bit
    name = "network rate" if base_bits else "bandwidth"
    base = "bits per second" if base_bits else "bytes per second"
    return Dimension(name, base, "1.5 TB/s, 200Gb/s, 134 GB/s", units, folded, case_letter="b" if base_bits else "B")


def _performance() -> Dimension:
    units: dict[str, float] = {}
    folded: dict[str, float] = {}
    for p, m in {**_SI, "K": 1e3}.items():
        for noun in ("OPS", "FLOPS", "FLOP/s", "OP/s"):
            units[f"{p}{noun}"] = m  # "tops", "Tflops": case variants, one reading each
    for w, m in _SI_WORDS.items():
        for noun in ("ops", "flops", "operations per second", "operations/s", "op/s", "flop/s"):
            folded[f"{w}{noun}"] = m
            folded[f"{w} {noun}"] = m
    return Dimension("performance", "operations per second", "400 TOPS, 2.6 PFLOPS, 650 TFLOPS", units, folded)


def _simple(name: str, symbol: str, word: str, base: str, examples: str, prefixes: dict[str, float]) -> Dimension:
    units = {f"{p}{symbol}": m for p, m in prefixes.items()}
    folded: dict[str, float] = {}
    for w, m in {**_SI_WORDS, "milli": 1e-3, "micro": 1e-6, "nano": 1e-9}.items():
        folded[f"{w}{word}"] = m
        folded[f"{w}{word}s"] = m
    return Dimension(name, base, examples, units, folded)


def _build_dimensions() -> dict[str, Dimension]:
    length = _simple(
        "length",
        "m",
        "meter",
        "metres",
        "7nm, 7 nm, 5 nanometers",
        {"n": 1e-9, "µ": 1e-6, "u": 1e-6, "m": 1e-3, "c": 1e-2, "": 1.0},
    )
    length.folded.update({k.replace("meter", "metre"): v for k, v in list(length.folded.items())})
    length.folded.update({"nm": 1e-9, "-nm": 1e-9})
    power = _simple("power", "W", "watt", "watts", "150W, 0.09 kW", {"m": 1e-3, "": 1.0, "k": 1e3, "K": 1e3, "M": 1e6})
    power.folded.update({"w": 1.0, "kw": 1e3})
    frequency = _simple("frequency", "Hz", "hertz", "hertz", "1.2GHz, 400 MHz", {"": 1.0, "k": 1e3, "M": 1e6, "G": 1e9})
    frequency.folded.update({"hz": 1.0, "khz": 1e3, "mhz": 1e6, "ghz": 1e9})
    frequency.folded.pop("hertzs", None)
    count = Dimension(
        "count",
        "count",
        "40 billion, 20B, 1,024, 100k",
        {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12},
        {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9},
        unitless_ok=True,
    )
    percent = Dimension("percentage", "ratio", "85%, 10 %", {"%": 0.01}, {"percent": 0.01, "pct": 0.01})
    return {
        "length": length,
        "datasize": _data_size(),
        "bandwidth": _rate(base_bits=False),
        "networkrate": _rate(base_bits=True),
        "performance": _performance(),
        "power": power,
        "frequency": frequency,
        "count": count,
        "percentage": percent,
    }


class _Dimensions(Mapping[str, Dimension]):
    """The dimensions by name; the unit tables are built on first use, not at import time,
    so commands that never parse a quantity do not pay for them."""

    NAMES = (
        "length",
        "datasize",
        "bandwidth",
        "networkrate",
        "performance",
        "power",
        "frequency",
        "count",
        "percentage",
    )

    def __init__(self) -> None:
        self._table: dict[str, Dimension] | None = None

    def __getitem__(self, name: str) -> Dimension:
        if name not in self.NAMES:
            raise KeyError(name)
        if self._table is None:
            self._table = _build_dimensions()
        return self._table[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.NAMES)

    def __len__(self) -> int:
        return len(self.NAMES)

    def __contains__(self, name: object) -> bool:
        return name in self.NAMES


DIMENSIONS: Mapping[str, Dimension] = _Dimensions()

#: a number as people type it, ASCII digits only ("1,024", "0.1", "1.5e3"); its unit follows
_NUMBER = re.compile(
    r"^\s*([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*?)\s*$", re.ASCII
)
_PLAIN_NUMBER = re.compile(r"^\s*[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?\s*$", re.ASCII)


NOT_FINITE = "is not a finite number"


def finite(value: float, text: str) -> float:
    """``value`` if it is a finite number; a UsageError naming ``text`` otherwise: 1e400 is
    infinity to a float (an infinite threshold matches or excludes everything, an infinite node
    size once matched the first node), and 1e-400 is 0 (a nonzero number read as zero)."""
    if not math.isfinite(value):
        raise UsageError(f"{text!r} {NOT_FINITE}")
    if value == 0 and re.search(r"[1-9]", text.lower().partition("e")[0]):
        raise UsageError(f"{text!r} is too small to be told from 0")
    return value


def parse_number(text: str) -> float:
    """A plain number ("12", "1,024", "0.5", "2e3"): ASCII digits, finite, or a UsageError.

    float() alone would take "nan", "inf", "1_000" and digits of other scripts ("١٢")."""
    if not _PLAIN_NUMBER.match(text):
        raise UsageError(f"{text!r} is not a number")
    return finite(float(text.replace(",", "")), text.strip())


def parse_quantity(text: str, dimension: str) -> float:
    """Parse ``text`` as a quantity of ``dimension`` and return it in the base unit.

    Raises UsageError with what was expected when the number or the unit is not understood,
    when the unit is ambiguous in this dimension, or when the number is not finite.
    """
    dim = DIMENSIONS[dimension]
    m = _NUMBER.match(text.replace("\u00a0", " "))
    if not m:
        raise UsageError(f"{text!r} is not a {dim.name}: expected a number and a unit, e.g. {dim.examples}")
    number, unit = m.group(1), m.group(2)
    value = finite(float(number.replace(",", "")), number)
    if value < 0:
        raise UsageError(f"{text!r} is negative: a {dim.name} cannot be")
    unit = unit.strip()
    if unit.startswith("-") and dimension == "length":
        unit = unit[1:]
    if not unit:
        if dim.unitless_ok:
            return value
        raise UsageError(f"{text!r} has no unit: a {dim.name} needs one, e.g. {dim.examples}")
    factor = _lookup(dim, unit, text)
    if factor is None:
        raise UsageError(f"unknown {dim.name} unit {unit!r} in {text!r}; expected e.g. {dim.examples}")
    # Rounded to 15 significant digits, so 7 nm is exactly 7e-9 m, not 7.000000000000001e-09
    # (the decimal module would do the same at 5 ms of import on every query).
    base = float(f"{value * factor:.15g}")
    if not math.isfinite(base):  # "1e308 EB"
        raise UsageError(f"{text!r} is too large: it {NOT_FINITE} in {dim.base}")
    if base == 0 and value != 0:  # "1e-320 nm"
        raise UsageError(f"{text!r} is too small to be told from 0")
    return base


def _lookup(dim: Dimension, unit: str, text: str) -> float | None:
    """The factor of ``unit`` in ``dim`` by the case rule (module docstring); None when the
    dimension has no such unit, a UsageError when it is ambiguous."""
    compact = unit.replace(" ", "")
    lowercase = compact == compact.lower()
    if not lowercase:  # written with capitals: as written, if that is a unit
        for candidate in (unit, compact):
            if candidate in dim.units:
                return dim.units[candidate]
    if lowercase and compact.endswith("bps"):  # "gbps" is how people type Gbps: bits per second
        bits = {f for s, f in dim.units.items() if s.lower() == compact and "B" not in s}
        if len(bits) == 1:
            return bits.pop()
    lowered = unit.lower()
    for candidate in (lowered, lowered.replace(" ", ""), lowered.replace("-", "")):
        if candidate in dim.folded:
            return dim.folded[candidate]
    variants = {s: f for s, f in dim.units.items() if s.lower() == compact.lower()}
    # a bare "b" after a prefix ("200 Gb" of a port) is bits only as typed: "200 GB" is a data size
    variants = {s: f for s, f in variants.items() if not (s.endswith("b") and s[:-1] in (*_SI, "K"))}
    if len(set(variants.values())) == 1:
        return next(iter(variants.values()))
    if not variants:
        return None
    # bytes or bits: in lowercase the dimension says which ("gb" of memory is gigabytes), in
    # any other case the letter as typed ("gB" bytes, "Gb/S" bits)
    letter = dim.case_letter if lowercase else "B" if "B" in compact else "b" if "b" in compact else None
    if letter is not None:
        meant = {f for s, f in variants.items() if ("B" in s) == (letter == "B")}
        if len(meant) == 1:
            return meant.pop()
    spellings = " or ".join(sorted(variants, key=lambda s: (variants[s], s)))
    raise UsageError(f"the {dim.name} unit {unit!r} in {text!r} is ambiguous: write {spellings}")


def counts_bits(unit: str, dimension: str) -> bool:
    """Whether ``unit``, read in ``dimension`` by the case rule, counts bits rather than bytes:
    "Gb/s", "Gbps", "gigabits per second" do; "GB/s" does not, nor a lowercase "gb/s" where the
    dimension reads it as bytes. False when the dimension has no such unit."""
    if "B" in unit:  # a byte's letter as typed ("GB", "GBps") is never bits, whatever the dimension
        return False
    dim = DIMENSIONS[dimension]
    try:
        factor = _lookup(dim, unit.strip(), unit)
    except UsageError:
        return False
    if factor is None:
        return False
    bit_factors = {f for s, f in dim.units.items() if "b" in s and "B" not in s}
    bit_factors |= {f for s, f in dim.folded.items() if "bit" in s or s == "gbe"}
    byte_factors = {f for s, f in dim.units.items() if "B" in s} | {f for s, f in dim.folded.items() if "byte" in s}
    return factor in bit_factors and factor not in byte_factors


_DISPLAY: dict[str, list[tuple[float, str]]] = {
    "datasize": [(1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB"), (1, "B")],
    "bandwidth": [(1e12, "TB/s"), (1e9, "GB/s"), (1e6, "MB/s"), (1, "B/s")],
    "networkrate": [(1e12, "Tb/s"), (1e9, "Gb/s"), (1e6, "Mb/s"), (1, "b/s")],
    "performance": [(1e18, "EOPS"), (1e15, "POPS"), (1e12, "TOPS"), (1e9, "GOPS"), (1, "OPS")],
    "flops": [(1e18, "EFLOPS"), (1e15, "PFLOPS"), (1e12, "TFLOPS"), (1e9, "GFLOPS"), (1, "FLOPS")],
    "power": [(1e3, "kW"), (1, "W"), (1e-3, "mW")],
    "efficiency": [(1e12, "TOPS/W"), (1e9, "GOPS/W"), (1, "OPS/W")],
    "flops_efficiency": [(1e12, "TFLOPS/W"), (1e9, "GFLOPS/W"), (1, "FLOPS/W")],
    "frequency": [(1e9, "GHz"), (1e6, "MHz"), (1e3, "kHz"), (1, "Hz")],
    "length": [(1, "m"), (1e-3, "mm"), (1e-6, "µm"), (1e-9, "nm")],
    "area": [(1, "m²"), (1e-6, "mm²")],
    "count": [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")],
    "percentage": [],
}


def format_number(value: float) -> str:
    """12.0 -> '12', 1.35 -> '1.35', 1040.0 -> '1,040'; at most 4 significant decimals; 1e+20
    above a quadrillion; 'inf' and 'nan' as they are."""
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 1e15:
        return f"{value:.4g}"
    if value == int(value):
        return f"{int(value):,}"
    if 0 < abs(value) < 1e-3:  # 7e-09 (metres of a process node), not "0"
        return f"{value:.4g}"
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text


def humanize(value: float, dimension: str) -> str:
    """A base-unit value as people read it: 1.44e8 bytes -> '144 MB', 7e-9 m -> '7 nm'."""
    if not math.isfinite(value):
        return format_number(value)
    if dimension == "percentage":
        return f"{format_number(value * 100)}%"
    for factor, symbol in _DISPLAY.get(dimension, []):
        if abs(value) >= factor * 0.999999:
            scaled = round(value / factor, 6)
            sep = " "
            return f"{format_number(scaled)}{sep}{symbol}"
    return format_number(value)
