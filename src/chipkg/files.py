"""The one writer of files: every file chipkg writes (``export -o``, the cache) goes through here.

Writing a file must never damage what is already at the path or around it:

* a **regular file** with one link is replaced atomically: the bytes go to a temporary file in the
  same directory, which is flushed to disk and renamed over the target, so a reader (or a crash,
  or a full disk) sees the old file or the new one, never half of one. The new file keeps the old
  one's mode (and owner, when we may set it); a new file gets ``0666`` minus the umask, as
  ``open()`` would give it (never ``mkstemp``'s ``0600``).
* a regular file with **several hard links** is rewritten in place, so every link sees the new
  bytes (renaming would cut the link). Its space is reserved first (``posix_fallocate``), so a
  full disk fails before the old bytes are touched; a crash in the middle can still leave it
  half-written, which is the price of keeping the links.
* a **symbolic link** is followed: its target is written (as above), the link stays a link.
* a **device, FIFO or terminal** (``/dev/null``, ``/dev/full``, ``/dev/tty``) is written to,
  never replaced; ``/dev/stdout``, ``/dev/stderr`` and ``/dev/fd/N`` write to that descriptor as
  the shell opened it (appending, a pipe...). A block device (a disk) and a directory are refused.

Failures become one-line :class:`~chipkg.errors.OutputError` (exit 2) naming the path, and leave
no temporary file behind. Standard output goes through :func:`guard_stdout` (installed by the
console script) so a full disk, a closed descriptor or a broken pipe there is one line too.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import sys
from pathlib import Path

from chipkg.errors import OutputError

#: Paths that name a descriptor the process already has (written to as opened, never replaced).
_DESCRIPTOR_PATH = re.compile(
    r"^/(?:dev/(?P<name>stdout|stderr)|dev/fd/(?P<fd>\d+)|proc/(?:self|\d+)/fd/(?P<pfd>\d+))$"
)
_TEMP_SUFFIX = ".chipkg-tmp"
_TEMP_NAME = re.compile(r"^\..+\.(?P<pid>\d+)\.[0-9a-f]{8}" + re.escape(_TEMP_SUFFIX) + "$")


def write_file(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` following the rules in the module docstring."""
    shown = os.fspath(path)
    descriptor = _descriptor_of(shown)
    if descriptor is not None:
        _write_descriptor(descriptor, data, shown)
        return
    target = os.path.realpath(shown)  # follow symbolic links: the link stays, its target changes
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _error(shown, exc) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _refuse_special(shown, info)
        _write_in_place(target, data, shown, regular=False)
    elif info is not None and info.st_nlink > 1:
        _check_writable(target, shown)
        _write_in_place(target, data, shown, regular=True)
    else:
        if info is not None:
            _check_writable(target, shown)  # a read-only file is refused, as the shell's `>` would
        _replace(target, data, shown, info, durable)


def check_output_path(path: str | os.PathLike[str]) -> None:
    """Fail early (before an expensive export) if ``write_file`` certainly cannot write ``path``."""
    shown = os.fspath(path)
    if shown == "-" or _descriptor_of(shown) is not None:
        return
    if not shown:
        raise OutputError("cannot write to an empty file name")
    target = os.path.realpath(shown)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _error(shown, exc) from None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            _refuse_special(shown, info)
        else:
            _check_writable(target, shown)
        return
    parent = os.path.dirname(target) or "."
    try:
        parent_info = os.stat(parent)
    except FileNotFoundError:
        raise OutputError(f"cannot write {shown}: directory {os.path.dirname(shown) or '.'} does not exist") from None
    except OSError as exc:
        raise _error(shown, exc) from None
    if not stat.S_ISDIR(parent_info.st_mode):
        raise OutputError(f"cannot write {shown}: {parent} is not a directory")
    name_max = _name_max(parent)
    if len(os.path.basename(target).encode("utf-8", "surrogateescape")) > name_max:
        raise _error(shown, OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG)))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {shown}: directory {parent} is not writable")


def write_output(data: bytes, output: str | None) -> None:
    """``-o FILE`` for the CLI: stdout for ``None`` or ``-``, else :func:`write_file`."""
    if output is None or output == "-":
        write_stdout(data)
    else:
        write_file(output, data)


def write_stdout(data: bytes) -> None:
    """Write bytes to standard output (through :func:`guard_stdout`'s wrapper when installed)."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("cannot write to standard output: it is closed")
    stream.flush()
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a text-only stream (some test harnesses)
        stream.write(data.decode("utf-8", "replace"))
        stream.flush()
        return
    binary.write(data)
    binary.flush()


def guard_stdout() -> None:
    """Make every failure to write standard output one line (for the console script).

    Replaces ``sys.stdout`` with a wrapper whose writes raise :class:`OutputError` ("No space left
    on device", "it is closed"); a broken pipe stays ``BrokenPipeError`` (the CLI ends quietly).
    A closed descriptor 1 gets ``/dev/null`` put in its place first, so that no file chipkg opens
    later lands on descriptor 1 and receives output meant for the terminal.
    """
    closed = _is_closed(1)
    if closed:
        fd = os.open(os.devnull, os.O_WRONLY)
        if fd != 1:
            os.dup2(fd, 1)
            os.close(fd)
    old = sys.stdout
    encoding = getattr(old, "encoding", None) or "utf-8"
    errors = getattr(old, "errors", None) or "strict"
    line_buffering = bool(getattr(old, "line_buffering", False))
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_StdoutRaw(closed)),
        encoding=encoding,
        errors=errors,
        line_buffering=line_buffering,
        write_through=False,
    )


class _StdoutRaw(io.RawIOBase):
    def __init__(self, closed: bool) -> None:
        super().__init__()
        self._closed_fd = closed

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return 1

    def isatty(self) -> bool:
        return not self._closed_fd and os.isatty(1)

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        if self._closed_fd:
            raise OutputError("cannot write to standard output: it is closed")
        try:
            return os.write(1, data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None


def remove_file(path: str | os.PathLike[str]) -> None:
    """Delete one regular file (``chipkg remove``): one rename-free unlink, so readers see the
    file or nothing; a missing, special or undeletable file is one line (OutputError)."""
    shown = str(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise OutputError(f"cannot remove {shown}: no such file") from None
    except OSError as exc:
        raise _error(shown, exc, verb="remove") from None
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"cannot remove {shown}: not a regular file")
    try:
        os.unlink(path)
    except OSError as exc:
        raise _error(shown, exc, verb="remove") from None


# --------------------------------------------------------------------------- directories


def make_directory(path: Path) -> None:
    """``mkdir -p`` with the umask's mode; a path under a file or unwritable is one line."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"cannot create directory {path}: a file is in the way") from None
    except OSError as exc:
        raise _error(str(path), exc, verb="create directory") from None
    if not path.is_dir():
        raise OutputError(f"cannot create directory {path}: a file is in the way")


def new_temporary_directory(parent: Path, prefix: str) -> Path:
    """A new directory in ``parent`` named ``.<prefix>.<pid>.<random>.chipkg-tmp`` (umask mode).

    The name carries the process id so :func:`remove_stale_temporaries` can tell a temporary of a
    process that was killed from one still being written.
    """
    while True:
        path = parent / f".{prefix}.{os.getpid()}.{os.urandom(4).hex()}{_TEMP_SUFFIX}"
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
        except OSError as exc:
            raise _error(str(parent), exc, verb="write in") from None


def replace_directory(new: Path, target: Path) -> None:
    """Move the finished directory ``new`` to ``target`` atomically, replacing any old ``target``.

    Readers see the old directory or the new one, never a mix or nothing: on Linux the two are
    exchanged in one ``renameat2(RENAME_EXCHANGE)`` call and the old one is then deleted from its
    temporary name (a process that already opened its files keeps reading them). Elsewhere the old
    directory is renamed aside first, which leaves a moment with no directory at ``target``.
    """
    try:
        os.rename(new, target)  # no old directory: a plain rename
        return
    except OSError as exc:
        if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY, errno.EISDIR, errno.ENOTDIR):
            raise
    if _exchange(new, target):
        remove_tree(new)  # now holds the old directory
        return
    aside = target.parent / f".replaced.{os.getpid()}.{os.urandom(4).hex()}{_TEMP_SUFFIX}"
    os.rename(target, aside)
    os.rename(new, target)
    remove_tree(aside)


def _exchange(new: Path, target: Path) -> bool:
    """Swap two directories atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(new), at_fdcwd, os.fsencode(target), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(target))


def remove_tree(path: Path) -> None:
    import shutil  # only when removing: shutil costs the query path ~2 ms to import

    shutil.rmtree(path, ignore_errors=True)


def remove_stale_temporaries(directory: Path) -> list[Path]:
    """Delete the temporaries (files and directories) that killed chipkg processes left in
    ``directory``; returns what was removed. A temporary whose process still runs is kept."""
    removed: list[Path] = []
    try:
        names = os.listdir(directory)
    except OSError:
        return removed
    for name in names:
        match = _TEMP_NAME.match(name)
        if not match or _process_alive(int(match.group("pid"))):
            continue
        path = directory / name
        if path.is_dir() and not path.is_symlink():
            remove_tree(path)
        else:
            try:
                path.unlink()
            except OSError:
                continue
        removed.append(path)
    return removed


# --------------------------------------------------------------------------- internals


def _descriptor_of(path: str) -> int | None:
    match = _DESCRIPTOR_PATH.match(path)
    if not match:
        return None
    if match.group("name"):
        return 1 if match.group("name") == "stdout" else 2
    return int(match.group("fd") or match.group("pfd"))


def _write_descriptor(fd: int, data: bytes, shown: str) -> None:
    if fd == 1:
        write_stdout(data)
        return
    if fd == 2 and sys.stderr is not None:
        sys.stderr.flush()
    try:
        _write_all(fd, data)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _error(shown, exc) from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _check_writable(target: str, shown: str) -> None:
    """Open an existing regular file for writing and close it again (changes nothing)."""
    try:
        os.close(os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)))
    except OSError as exc:
        raise _error(shown, exc) from None


def _refuse_special(shown: str, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"cannot write {shown}: it is a directory")
    if stat.S_ISBLK(info.st_mode):
        raise OutputError(f"cannot write {shown}: it is a block device (chipkg does not write to disks)")
    if stat.S_ISSOCK(info.st_mode):
        raise OutputError(f"cannot write {shown}: it is a socket")


def _write_in_place(target: str, data: bytes, shown: str, *, regular: bool) -> None:
    """Write into the existing file (a device, a FIFO, or a regular file with hard links)."""
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _error(shown, exc) from None
    try:
        if regular:
            _reserve(fd, len(data))
        _write_all(fd, data)
        if regular:
            os.ftruncate(fd, len(data))
            os.fsync(fd)
    except OSError as exc:
        raise _error(shown, exc) from None
    finally:
        os.close(fd)


def _reserve(fd: int, size: int) -> None:
    """Allocate the blocks for ``size`` bytes before writing, so ENOSPC comes before any change."""
    if size == 0 or not hasattr(os, "posix_fallocate"):
        return
    try:
        os.posix_fallocate(fd, 0, size)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
            return  # the file system cannot reserve space; write and hope
        raise


def _replace(target: str, data: bytes, shown: str, old: os.stat_result | None, durable: bool) -> None:
    directory = os.path.dirname(target) or "."
    try:
        fd, tmp = _temporary_file(directory, os.path.basename(target))
    except OSError as exc:
        if old is not None and exc.errno in (errno.EACCES, errno.EPERM) and os.access(target, os.W_OK):
            _write_in_place(target, data, shown, regular=True)  # a writable file in a locked directory
            return
        raise _error(shown, exc) from None
    try:
        try:
            if old is not None:
                _copy_mode_and_owner(fd, old)
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise _error(shown, exc) from None
    except BaseException:
        _unlink_quietly(tmp)
        raise


def _temporary_file(directory: str, name: str) -> tuple[int, str]:
    """Create a temporary file beside the target with the umask's mode (``open()``'s 0666 & ~umask)."""
    stem = name[:100]
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = os.path.join(directory, f".{stem}.{os.getpid()}.{os.urandom(4).hex()}{_TEMP_SUFFIX}")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def _copy_mode_and_owner(fd: int, old: os.stat_result) -> None:
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    if hasattr(os, "fchown") and (old.st_uid != os.geteuid() or old.st_gid != os.getegid()):  # POSIX only
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except OSError:
            pass  # not ours to give away; the file becomes ours, with the old mode


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _name_max(directory: str) -> int:
    try:
        return os.pathconf(directory, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _is_closed(fd: int) -> bool:
    try:
        os.fstat(fd)
        return False
    except OSError:
        return True


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _error(shown: str, exc: OSError, verb: str = "write") -> OutputError:
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENAMETOOLONG:
        reason = "file name too long"
    return OutputError(f"cannot {verb} {shown}: {reason}")
