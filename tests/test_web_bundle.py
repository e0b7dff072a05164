"""The committed explorer bundle is built from the committed web/ sources."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _source_hash_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("source_hash", ROOT / "web" / "source_hash.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bundle_is_built_from_the_current_sources() -> None:
    sh = _source_hash_module()
    assert sh.stamped() == sh.source_hash(), (
        "web/ changed since src/annalyst/web/ was built: run `make web` and commit the bundle"
    )


def test_bundle_has_no_inline_script_and_no_remote_assets() -> None:
    web = ROOT / "src" / "annalyst" / "web"
    index = (web / "index.html").read_text()
    assert '<script type="module" crossorigin src="/assets/' in index
    assert "<script>" not in index and "http://" not in index and "https://" not in index
    for css in (web / "assets").glob("*.css"):
        assert "url(http" not in css.read_text()
