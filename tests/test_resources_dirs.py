"""The default user data directory is platformdirs' ``user_data_dir("chipkg")``; on Linux it is
computed without importing platformdirs (an import every query would pay), so check that the two
agree whatever the environment says."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chipkg import resources

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the rule computed here is Linux's")


@pytest.mark.parametrize("xdg", [None, "", "   ", "/srv/xdg-data"])
def test_default_user_data_dir_is_platformdirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None
) -> None:
    from platformdirs import user_data_dir

    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert resources.default_user_data_dir() == Path(user_data_dir("chipkg", appauthor=False))
