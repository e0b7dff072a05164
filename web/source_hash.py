"""The hash of the explorer's sources (web/), stamped beside the built bundle.

`make` rebuilds the bundle in src/annalyst/web/ when this hash differs from the
stamp there (src/annalyst/web/.source-hash), and a test fails when a commit
changes the sources without rebuilding the bundle.

    python web/source_hash.py          # print the hash of the sources
    python web/source_hash.py --check  # exit 1 when the bundle is stale
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

WEB = Path(__file__).resolve().parent
STAMP = WEB.parent / "src" / "annalyst" / "web" / ".source-hash"
FILES = ("index.html", "package.json", "package-lock.json", "tsconfig.json", "vite.config.ts")


def source_files() -> list[Path]:
    files = [WEB / name for name in FILES]
    files += sorted(p for p in (WEB / "src").rglob("*") if p.is_file())
    return files


def source_hash() -> str:
    digest = hashlib.sha256()
    for path in source_files():
        digest.update(path.relative_to(WEB).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def stamped() -> str | None:
    return STAMP.read_text().strip() if STAMP.is_file() else None


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(0 if stamped() == source_hash() else 1)
    print(source_hash())
