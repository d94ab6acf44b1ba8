"""The one writer of files (chipkg.files), `export -o`, and errors writing standard output.

Whatever is at an output path is written safely or refused in one line: a symbolic link is
followed, hard links are kept, the umask is respected, a device is written to and never replaced,
a failed write leaves the old file and no temporary file behind.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipkg import files
from chipkg.cli import cli
from chipkg.errors import OutputError

IS_ROOT = os.geteuid() == 0


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".chipkg-tmp"))


# ------------------------------------------------------------------ the writer itself


def test_symlink_is_followed_and_stays_a_link(tmp_path):
    target = tmp_path / "target.ttl"
    target.write_bytes(b"old")
    link = tmp_path / "link.ttl"
    link.symlink_to(target.name)
    files.write_file(link, b"new")
    assert link.is_symlink() and os.readlink(link) == "target.ttl"
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.ttl"
    link.symlink_to("made.ttl")
    files.write_file(link, b"new")
    assert link.is_symlink() and (tmp_path / "made.ttl").read_bytes() == b"new"


def test_hard_links_are_kept(tmp_path):
    first = tmp_path / "a.ttl"
    first.write_bytes(b"old contents")
    second = tmp_path / "b.ttl"
    os.link(first, second)
    files.write_file(first, b"new")
    assert first.stat().st_ino == second.stat().st_ino and first.stat().st_nlink == 2
    assert second.read_bytes() == b"new"


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_new_file_mode_follows_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        files.write_file(tmp_path / "out.ttl", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.ttl").stat().st_mode) == 0o666 & ~umask


def test_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old")
    target.chmod(0o640)
    files.write_file(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_bytes() == b"new"


def _device(tmp_path: Path) -> Path:
    """A character device to write to: a private /dev/null node as root (so a bug replaces the
    node, not the system's /dev/null), else /dev/null itself (which a user cannot replace)."""
    if not IS_ROOT:
        return Path(os.devnull)
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


def test_device_is_written_to_never_replaced(tmp_path):
    device = _device(tmp_path)
    files.write_file(device, b"discarded")
    info = device.lstat()
    assert stat.S_ISCHR(info.st_mode) and os.major(info.st_rdev) == 1 and os.minor(info.st_rdev) == 3
    assert leftovers(device.parent) == [] if device.parent == tmp_path else True


def test_symlink_to_a_device_writes_to_the_device(tmp_path):
    device = _device(tmp_path)
    link = tmp_path / "to-null"
    link.symlink_to(device)
    files.write_file(link, b"discarded")
    assert link.is_symlink() and stat.S_ISCHR(device.lstat().st_mode)


def test_fifo_is_written_to(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    files.write_file(fifo, b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"] and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_full_disk_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old")

    def no_space(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", no_space)
    with pytest.raises(OutputError, match=r"cannot write .*out\.ttl: No space left on device"):
        files.write_file(target, b"new")
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_full_disk_leaves_a_hard_linked_file_as_it_was(tmp_path, monkeypatch):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old")
    os.link(target, tmp_path / "other.ttl")

    def no_space(fd, offset, length):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "posix_fallocate", no_space)
    with pytest.raises(OutputError, match="No space left on device"):
        files.write_file(target, b"new and longer")
    assert target.read_bytes() == b"old"


@pytest.mark.skipif(IS_ROOT, reason="root may write a read-only file")
def test_read_only_file_is_refused(tmp_path):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="Permission denied"):
        files.write_file(target, b"new")
    assert target.read_bytes() == b"old"


def test_stale_temporaries_of_dead_processes_are_removed(tmp_path):
    done = subprocess.run(["true"])
    assert done.returncode == 0
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".building.{dead.pid}.0123abcd.chipkg-tmp"
    stale.mkdir()
    (stale / "asserted.nt").write_text("half")
    alive = tmp_path / f".building.{os.getpid()}.0123abcd.chipkg-tmp"
    alive.mkdir()
    other = tmp_path / "not-ours.txt"
    other.write_text("keep")
    assert files.remove_stale_temporaries(tmp_path) == [stale]
    assert not stale.exists() and alive.exists() and other.exists()


# ------------------------------------------------------------------ export -o through the CLI


@pytest.fixture(scope="module")
def run(kg):  # noqa: ANN001 - kg builds the cache once per test run
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args))

    return invoke


def test_export_writes_through_a_symlink(run, tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    link = tmp_path / "latest.ttl"
    link.symlink_to(target)
    result = run("export", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and target.read_text().startswith("@prefix")


def test_export_to_a_device_keeps_the_device(run, tmp_path):
    device = _device(tmp_path)
    result = run("export", "--format", "nt", "-o", str(device))
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(device.lstat().st_mode)


def _read_only_directory(tmp_path: Path):
    """A directory chipkg cannot write in: chmod 555 for a user; a read-only tmpfs as root."""
    directory = tmp_path / "ro"
    directory.mkdir()
    if not IS_ROOT:
        directory.chmod(0o555)
        return directory, lambda: directory.chmod(0o755)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(directory)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a read-only tmpfs here")
    return directory, lambda: subprocess.run(["umount", "--lazy", str(directory)], check=True)


@pytest.mark.parametrize(
    "case", ["directory", "under-a-file", "too-long", "missing-dir", "read-only-dir", "empty", "block-device"]
)
def test_export_bad_output_paths_are_one_line_exit_2(run, tmp_path, case):
    undo = None
    (tmp_path / "a-file").write_text("keep")
    if case == "directory":
        path = str(tmp_path)
    elif case == "under-a-file":
        path = str(tmp_path / "a-file" / "graph.ttl")
    elif case == "too-long":
        path = str(tmp_path / ("x" * 300))
    elif case == "missing-dir":
        path = str(tmp_path / "nope" / "graph.ttl")
    elif case == "read-only-dir":
        directory, undo = _read_only_directory(tmp_path)
        path = str(directory / "graph.ttl")
    elif case == "block-device":
        blocks = [p for p in Path("/dev").glob("loop*") if stat.S_ISBLK(p.stat().st_mode)]
        if not blocks:
            pytest.skip("no block device to point at")
        path = str(blocks[0])
    else:
        path = ""
    try:
        before = sorted(p.name for p in tmp_path.rglob("*"))
        result = run("export", "-o", path)
        after = sorted(p.name for p in tmp_path.rglob("*"))
    finally:
        if undo:
            undo()
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("Error: cannot write") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output
    assert after == before and (tmp_path / "a-file").read_text() == "keep"


def test_export_to_dev_full_is_one_line(kg, run_chipkg):  # noqa: ANN001
    done = run_chipkg("export", "-o", "/dev/full", text=True)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "Error: cannot write /dev/full: No space left on device\n"


def test_export_to_dev_stdout_appends_where_the_shell_points(kg, tmp_path, run_chipkg):  # noqa: ANN001
    out = tmp_path / "log.txt"
    out.write_text("first line\n")
    with open(out, "a") as append:
        done = run_chipkg("export", "-o", "/dev/stdout", stdout=append, stderr=subprocess.PIPE)
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    assert text.startswith("first line\n@prefix") and stat.S_ISREG(out.lstat().st_mode)


# ------------------------------------------------------------------ standard output errors

BIG_SELECT = ["query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--format", "tsv"]


@pytest.mark.parametrize(
    "command", [["export"], ["query", "sram-on-node"], ["describe", "Groq LPU"], ["queries"], ["--help"], BIG_SELECT]
)
def test_stdout_full_disk_is_one_line_exit_2(kg, run_chipkg, command):  # noqa: ANN001
    with open("/dev/full", "w") as full:
        done = run_chipkg(*command, stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 2
    assert done.stderr == "Error: cannot write to standard output: No space left on device\n"


@pytest.mark.parametrize("command", [["export"], ["query", "sram-on-node"], ["--version"]])
def test_closed_stdout_is_one_line_exit_2(kg, run_chipkg, command):  # noqa: ANN001
    done = run_chipkg(*command, stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1))
    assert done.returncode == 2
    assert done.stderr == "Error: cannot write to standard output: it is closed\n"


@pytest.mark.parametrize("command", [["export"], BIG_SELECT])
def test_broken_pipe_ends_quietly_with_exit_0(kg, command):  # noqa: ANN001
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-c", "from chipkg.cli import main; main()", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()  # `| head -1`
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert err == b""
