"""The web interface's static files: the vendored YASGUI is the npm release named in its NOTICE,
carries its licences, and the pages load nothing from outside the server."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import chipkg

STATIC = Path(chipkg.__file__).parent / "web" / "static"
YASGUI = STATIC / "yasgui"


def test_vendored_bundle_is_the_release_named_in_the_notice() -> None:
    notice = (YASGUI / "NOTICE.md").read_text(encoding="utf-8")
    assert "@zazuko/yasgui" in notice and "4.6.2" in notice
    hashes = dict(re.findall(r"^\| (yasgui\.min\.(?:js|css)) \| ([0-9a-f]{64}) \|$", notice, re.M))
    assert set(hashes) == {"yasgui.min.js", "yasgui.min.css"}
    for name, digest in hashes.items():
        assert hashlib.sha256((YASGUI / name).read_bytes()).hexdigest() == digest, name


def test_licences_of_yasgui_and_of_every_bundled_package() -> None:
    assert "MIT License" in (YASGUI / "LICENSE").read_text(encoding="utf-8")
    notice = (YASGUI / "NOTICE.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| ((?:@[\w.-]+/)?[\w.-]+)(?: \([^|]*\))? \| [\d.]+ \| [^|]+ \|$", notice, re.M)
    assert len(listed) == 25, listed
    texts = (YASGUI / "THIRD-PARTY-LICENSES.txt").read_text(encoding="utf-8")
    missing = [name for name in listed if f"\n{name} (npm package {name}@" not in texts]
    assert missing == []


def test_pages_load_only_local_files() -> None:
    html = (STATIC / "editor.html").read_text(encoding="utf-8")
    sources = re.findall(r'<(?:link|script)\b[^>]*(?:src|href)="([^"]*)"', html)
    assert sources == ["yasgui/yasgui.min.css", "editor.css", "yasgui/yasgui.min.js", "editor.js"]
    assert all((STATIC / s).is_file() for s in sources)
    links = re.findall(r'<a\b[^>]*href="([^"]*)"', html)  # back to the server's pages, relative like /sparql
    assert links == ["../", "../queries", "../ask", "../charts"]
    for name in ("editor.html", "editor.css", "editor.js"):
        text = (STATIC / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://(?!www\.w3\.org/|w3id\.org/chipkg/)", text), name
    css = (YASGUI / "yasgui.min.css").read_text(encoding="utf-8")
    assert "@import" not in css and "url(" not in css and "@font-face" not in css
