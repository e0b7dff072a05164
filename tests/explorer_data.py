"""A real store for the explorer's tests: examples/ through the real pipeline, plus
articles whose title, outlet, URL and text carry script payloads (hostile input)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANNALYST = Path(sys.executable).with_name("annalyst")

# Each payload would set window.__pwned (or call alert) if it ever ran as script.
HOSTILE = [
    {
        "id": "hostile-1",
        "title": '<script>window.__pwned = "title-script"</script>Militia base hit near Baghdad',
        "outlet": "<img src=x onerror=\"window.__pwned='outlet-img'\">Evil Wire",
        "url": "javascript:window.__pwned='url'",
        "published": "2021-03-04",
        "text": (
            "<script>window.__pwned = 'text-script'</script> US forces struck a Kataib "
            "Hezbollah base near Baghdad on Monday, the Iraqi Defence Ministry said.\n\n"
            '"<img src=x onerror="window.__pwned=\'quote-img\'">We will respond," '
            "said Qais al-Khazali, the leader of Asaib Ahl al-Haq. "
            "<a href=\"javascript:window.__pwned='link'\">Read more</a>"
        ),
    },
    {
        "id": "hostile-2",
        "title": "<svg onload=\"window.__pwned='svg'\"></svg>Protesters storm embassy in Baghdad",
        "published": "2021-03-05",
        "text": (
            "Protesters stormed the embassy in Baghdad on Tuesday <iframe "
            "src=\"javascript:window.__pwned='iframe'\"></iframe> and the police fired "
            "tear gas at them, witnesses said. </textarea><script>alert(1)</script>"
        ),
    },
]


def build_store(folder: Path) -> Path:
    """Ingest examples/ and the hostile articles into a new database; return its path."""
    db = folder / "explorer.duckdb"
    hostile = folder / "hostile.jsonl"
    hostile.write_text("".join(json.dumps(r) + "\n" for r in HOSTILE), encoding="utf-8")
    for inputs in (["examples/"], [str(hostile)]):
        done = subprocess.run(
            [str(ANNALYST), "--db", str(db), "ingest", *inputs],
            cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        assert done.returncode in (0, 1), done.stderr
    return db
