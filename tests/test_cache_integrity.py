"""The graph cache verifies what it opens, rebuilds what is damaged, and never half-replaces an entry.

Each test works on its own copy of the session's built entry (``CHIPKG_CACHE_DIR`` in tmp_path).
Rebuilds are real (the entry is written, stored, manifested and swapped into place by
chipkg.build) but reuse the session's parsed graphs instead of reasoning again, to stay fast.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import rdflib
from click.testing import CliRunner

import chipkg.build
import chipkg.incremental
import chipkg.validation
from chipkg import cache, files
from chipkg.cli import cli

SRAM = ["query", "sram-on-node", "--format", "csv"]


@pytest.fixture(scope="module")
def good(kg):  # noqa: ANN001 - the session's built entry
    entry = cache.current_entry()
    assert not entry.problems("all", thorough=True)
    asserted = rdflib.Graph().parse(entry.asserted, format="nt")
    inferred = rdflib.Graph().parse(entry.inferred, format="nt")
    return SimpleNamespace(entry=entry, asserted=asserted, inferred=inferred, sram=CliRunner().invoke(cli, SRAM).stdout)


@pytest.fixture
def private_cache(good, tmp_path, monkeypatch):  # noqa: ANN001
    """A copy of the built entry in a cache directory of this test, with a fast rebuild."""
    root = tmp_path / "cache"
    root.mkdir()
    monkeypatch.setenv("CHIPKG_CACHE_DIR", str(root))
    entry = cache.current_entry()
    shutil.copytree(good.entry.directory, entry.directory, symlinks=True)
    builds: list[bool] = []

    def fast_load(_where: object = None) -> rdflib.Graph:
        builds.append(True)
        copy = rdflib.Graph()
        copy += good.asserted
        return copy

    def whole_graph(*_args: object) -> None:
        raise chipkg.incremental.WholeGraphFaster("the fast rebuild of these tests is a whole-graph one")

    monkeypatch.setattr(chipkg.incremental, "build_units", whole_graph)
    monkeypatch.setattr(chipkg.build, "load_asserted", fast_load)
    monkeypatch.setattr(chipkg.build, "owl_rl_closure", lambda _g, *_reasoner: good.inferred)
    monkeypatch.setattr(chipkg.validation, "validate_graph", lambda _g: SimpleNamespace(conforms=True, results=[]))
    return SimpleNamespace(root=root, entry=entry, builds=builds)


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def one_line_error(result, code: int = 2) -> str:  # noqa: ANN001
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def _biggest_sst(entry: cache.CacheEntry) -> Path:
    return max(entry.store.glob("*.sst"), key=lambda p: p.stat().st_size)


DAMAGE = {
    "deleted .sst": lambda e: _biggest_sst(e).unlink(),
    "truncated .sst": lambda e: os.truncate(_biggest_sst(e), 1000),
    "bad CURRENT": lambda e: (e.store / "CURRENT").write_text("garbage\n"),
    "bad MANIFEST": lambda e: next(e.store.glob("MANIFEST-*")).write_bytes(b"\0" * 64),
    "sst flipped in place": lambda e: _flip_byte(min(e.store.glob("*.sst"), key=lambda p: p.stat().st_size)),
    "meta.json changed in place": lambda e: _flip_byte(e.meta),
    "broken meta.json": lambda e: e.meta.write_text("{"),
    "broken manifest": lambda e: e.manifest.write_text("{"),
    "missing manifest": lambda e: e.manifest.unlink(),
}


def _flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    info = path.stat()
    path.write_bytes(bytes(data))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # same size, same time: only the hash sees it


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_store_is_rebuilt_with_a_notice(private_cache, good, damage):  # noqa: ANN001
    DAMAGE[damage](private_cache.entry)
    verdict = invoke("cache", "verify")
    assert "is damaged" in one_line_error(verdict)
    result = invoke(*SRAM)
    assert result.exit_code == 0, result.output
    assert result.stdout == good.sram  # the right answer, not a traceback or a partial store
    assert result.stderr.startswith("chipkg: the graph cache is damaged (") and result.stderr.count("\n") == 1
    assert result.stderr.rstrip().endswith("; rebuilding it") and private_cache.builds == [True]
    assert invoke("cache", "verify").exit_code == 0
    assert invoke(*SRAM).stderr == ""  # rebuilt once, then read quietly


@pytest.mark.parametrize("copy", [cache.ASSERTED, cache.INFERRED])
def test_damaged_ntriples_copy_is_rebuilt_before_export(private_cache, good, copy):  # noqa: ANN001
    path = private_cache.entry.directory / copy
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # a cut copy: 5,063-of-7,689 style
    result = invoke("export", "--format", "nt", "--inferred")
    assert result.exit_code == 0, result.output
    assert (
        result.stderr.startswith(f"chipkg: the graph cache is damaged ({copy} has ") and result.stderr.count("\n") == 1
    )
    assert len(result.stdout.splitlines()) == len(good.asserted + good.inferred)
    assert invoke("cache", "verify").exit_code == 0


def test_build_never_says_up_to_date_for_a_damaged_entry(private_cache):  # noqa: ANN001
    next(private_cache.entry.store.glob("*.sst")).unlink()
    result = invoke("build")
    assert result.exit_code == 0, result.output
    assert not result.stdout.startswith("up to date") and result.stderr.startswith(
        "chipkg: the graph cache is damaged ("
    )
    assert private_cache.builds == [True]
    assert invoke("build").stdout.startswith("up to date")


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage\tzz\n", b"", b"a\tb\tc\n" * 3, b"\t" * 100])
def test_broken_key_index_is_ignored(private_cache, good, content):  # noqa: ANN001
    (private_cache.root / cache.KEYS).write_bytes(content)
    result = invoke(*SRAM)
    assert (result.exit_code, result.stdout, result.stderr) == (0, good.sram, "")
    assert private_cache.builds == []


def test_key_index_line_with_a_wrong_check_is_not_believed(private_cache):  # noqa: ANN001
    index = private_cache.root / cache.KEYS
    fingerprint, key, check = index.read_text().splitlines()[0].split("\t")
    other = "0" * 24
    index.write_text(f"{fingerprint}\t{other}\t{check}\n")  # a damaged key keeping the old check
    assert cache.input_key() == key


def test_verify_without_an_entry_exits_1(private_cache):  # noqa: ANN001
    shutil.rmtree(private_cache.entry.directory)
    result = invoke("cache", "verify")
    assert "no graph cache entry" in one_line_error(result, 1)


def test_verify_ok_is_one_line(private_cache):  # noqa: ANN001
    result = invoke("cache", "verify")
    assert result.exit_code == 0 and result.stdout.startswith("ok: ") and result.stdout.count("\n") == 1


def test_clean_removes_chipkg_entries_and_nothing_else(private_cache):  # noqa: ANN001
    root = private_cache.root
    (root / "notes.txt").write_text("mine")
    (root / "graph-mine").mkdir()
    (root / ".building.1.0123abcd.chipkg-tmp").mkdir()  # pid 1 is alive: not stale, kept
    result = invoke("cache", "clean")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in root.iterdir()) == [".building.1.0123abcd.chipkg-tmp", "graph-mine", "notes.txt"]


def test_clean_keeps_what_is_not_chipkgs_among_the_units(private_cache):  # noqa: ANN001
    # red team 120: "units/unit-x/precious" went with the incremental build's units directory
    units = private_cache.root / cache.UNITS
    ours = units / ("unit-" + "a" * 24)
    ours.mkdir(parents=True)
    (ours / "unit.json").write_text("{}")
    for mine in (units / "unit-x", units / ("unit-" + "b" * 24)):  # a name not chipkg's; a file not chipkg's
        mine.mkdir(parents=True)
        (mine / "precious").write_text("mine")
    result = invoke("cache", "clean")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in units.iterdir()) == ["unit-" + "b" * 24, "unit-x"]
    assert (units / "unit-x" / "precious").read_text() == "mine"
    shutil.rmtree(units / "unit-x")
    shutil.rmtree(units / ("unit-" + "b" * 24))
    assert invoke("cache", "clean").exit_code == 0
    assert not units.exists()  # emptied of chipkg's, the directory goes too


# ------------------------------------------------------------------ bad cache directories


@pytest.mark.parametrize(
    "command", [SRAM, ["build"], ["cache", "verify"], ["cache", "clean"], ["ask", "which chips use HBM?"]]
)
@pytest.mark.parametrize("where", ["a file", "under a file"])
def test_cache_directory_that_is_not_a_directory(tmp_path, monkeypatch, command, where):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CHIPKG_CACHE_DIR", str(blocker if where == "a file" else blocker / "cache"))
    error = one_line_error(invoke(*command))
    assert "cache directory" in error and blocker.read_text() == "not a directory"


def test_cache_entry_of_another_user_is_refused(private_cache, monkeypatch):  # noqa: ANN001
    real = os.geteuid()
    monkeypatch.setattr(os, "geteuid", lambda: real + 4242)
    error = one_line_error(invoke(*SRAM))
    assert "belongs to another user" in error


def test_read_only_cache_directory_needing_a_build_is_one_line(private_cache, monkeypatch):  # noqa: ANN001
    shutil.rmtree(private_cache.entry.directory)
    real_access = os.access
    root = str(private_cache.root)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) == root else real_access(p, mode, **kw))
    error = one_line_error(invoke(*SRAM))
    assert "is not writable" in error and private_cache.builds == []  # refused before the work


def test_read_only_cache_with_an_intact_entry_still_answers(private_cache, good, monkeypatch):  # noqa: ANN001
    def refuse(path, *_args, **_kw):  # noqa: ANN001 - what files.write_file raises on a read-only disk
        raise files.OutputError(f"cannot write {path}: {os.strerror(errno.EROFS)}")

    (private_cache.root / cache.KEYS).unlink()
    monkeypatch.setattr(files, "write_file", refuse)
    result = invoke(*SRAM)
    assert (result.exit_code, result.stdout) == (0, good.sram)


# ------------------------------------------------------------------ failed and killed builds


def test_full_disk_during_a_cache_write_keeps_the_old_entry(private_cache, monkeypatch):  # noqa: ANN001
    before = private_cache.entry.read_manifest()
    real_write = files.write_file

    def fill_up(path, data, **kw):  # noqa: ANN001
        if ".building." in str(path) and str(path).endswith(cache.INFERRED):
            raise files.OutputError(f"cannot write {path}: {os.strerror(errno.ENOSPC)}")
        return real_write(path, data, **kw)

    monkeypatch.setattr(files, "write_file", fill_up)
    error = one_line_error(invoke("build", "--force"))
    assert "No space left on device" in error and "the old cache entry is kept" in error
    assert private_cache.entry.read_manifest() == before
    assert not private_cache.entry.problems("all", thorough=True)
    assert [p.name for p in private_cache.root.iterdir() if p.name.startswith(".")] == []


def test_full_disk_in_the_store_keeps_the_old_entry(private_cache, monkeypatch):  # noqa: ANN001
    def no_space(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(chipkg.build, "_write_oxigraph_store", no_space)
    error = one_line_error(invoke("build", "--force"))
    assert "No space left on device; the old cache entry is kept" in error
    assert not private_cache.entry.problems("all", thorough=True)
    assert [p.name for p in private_cache.root.iterdir() if p.name.startswith(".")] == []


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_real_full_disk_keeps_the_old_entry(good, tmp_path, monkeypatch, private_cache):  # noqa: ANN001
    """The same on a real full file system: a 4 MB tmpfs holding the entry has no room for a second."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        monkeypatch.setenv("CHIPKG_CACHE_DIR", str(disk))
        entry = cache.current_entry()
        shutil.copytree(good.entry.directory, entry.directory)
        error = one_line_error(invoke("build", "--force"))
        assert "No space left on device" in error and error.rstrip().endswith("; the old cache entry is kept")
        assert not entry.problems("all", thorough=True)
        assert [p.name for p in disk.iterdir() if p.name.startswith(".")] == []
        assert invoke(*SRAM).stdout == good.sram
    finally:
        import gc

        import chipkg.store

        chipkg.store._OPEN.clear()  # close the store opened from the tmpfs, so it can be unmounted
        gc.collect()
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


def test_next_build_removes_what_a_killed_build_left(private_cache):  # noqa: ANN001
    dead = subprocess.Popen(["true"])
    dead.wait()
    left = private_cache.root / f".building.{dead.pid}.deadbeef.chipkg-tmp"
    shutil.copytree(private_cache.entry.directory, left)
    assert invoke("build", "--force").exit_code == 0
    assert not left.exists() and not private_cache.entry.problems("all", thorough=True)


def test_readers_never_see_a_half_replaced_entry(private_cache, good):  # noqa: ANN001
    """Queries in other processes while the entry is swapped for a fresh copy again and again
    (what `build --force` does at its end): every query answers, none rebuilds or fails."""
    spare = private_cache.root.parent / "spare"
    shutil.copytree(private_cache.entry.directory, spare)
    swapper = subprocess.Popen([sys.executable, "-c", SWAPPER, str(spare), str(private_cache.entry.directory)])
    try:
        env = {**os.environ, "CHIPKG_CACHE_DIR": str(private_cache.root)}
        code = "from chipkg.cli import main; main()"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", code, *SRAM], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for _ in range(12)
        ]
        outputs = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    finally:
        swapper.terminate()
        swapper.wait()
    assert all(code == 0 and out == good.sram for code, out, _err in outputs), outputs
    assert all(err == "" for _code, _out, err in outputs), [err for *_x, err in outputs]


SWAPPER = """
import shutil, sys, time
from pathlib import Path
from chipkg import files
spare, target = Path(sys.argv[1]), Path(sys.argv[2])
while True:
    fresh = spare.with_name(f".building.0.{time.monotonic_ns() % 10**8:08d}.chipkg-tmp")
    shutil.copytree(spare, fresh)
    files.replace_directory(fresh, target)
    time.sleep(0.005)
"""


def test_a_damaged_name_index_is_rebuilt_not_believed(private_cache, run_chipkg):  # noqa: ANN001
    """The name index (written by the first lookup, outside the manifest) is checked against its
    CRC when read: a changed name in it would resolve a name to nothing, or to the wrong thing."""
    from chipkg import lookup

    assert run_chipkg("describe", "Groq LPU").returncode == 0
    path = private_cache.entry.directory / "names.sqlite"
    data = path.read_bytes()
    assert b"groq lpu" in data  # the normalized name (in its row and its key)
    path.write_bytes(data.replace(b"groq lpu", b"groq lpx"))  # same size: only the check sees it
    again = run_chipkg("describe", "groq lpu", text=True)
    assert (again.returncode, again.stderr) == (0, ""), again.stderr
    assert "Groq LPU" in again.stdout
    assert b"groq lpx" not in path.read_bytes() and lookup.load_index(str(path.parent)) is not None
