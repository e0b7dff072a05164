"""What grouping makes of the seeds: incidents, merged reports, the largest acts.

    python benchmarks/seeds_incidents.py                 # runs `annalyst extract ../shared/seeds`
    python benchmarks/seeds_incidents.py records.jsonl   # or reads an extract output

Prints how many event records became how many incidents, how many records were
merged into incidents of several reports, the largest incidents with their
outlets and corroboration, the Soleimani/al-Muhandis killing in full, and
whether the timeline and the actor graph agree with the incidents (the same
check the tests make on a small store, here on the seeds).
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import msgspec

from annalyst.aggregate.graph import actor_graph
from annalyst.aggregate.timeline import build_timeline
from annalyst.schema import Incident

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def read_lines(argv: list[str]) -> list[bytes]:
    if argv:
        return Path(argv[0]).read_bytes().splitlines()
    done = subprocess.run(
        [sys.executable, "-m", "annalyst.cli", "extract", str(SEEDS)],
        capture_output=True, check=True,
    )  # fmt: skip
    return done.stdout.splitlines()


def describe(incident: Incident) -> str:
    actors = ", ".join(a.name for a in incident.actors) or "?"
    recipients = ", ".join(a.name for a in incident.recipients) or "?"
    where = incident.location.name if incident.location else "-"
    return (f"{incident.id} {incident.date or 'undated'} ({incident.date_precision or '-'}) "
            f"{incident.event_type}/{incident.mode or '-'} {actors} -> {recipients} at {where}: "
            f"{len(incident.events)} reports, {len(incident.articles)} articles, "
            f"{len(incident.outlets)} outlets, corroboration {incident.corroboration}")  # fmt: skip


def main(argv: list[str]) -> int:
    kinds: Counter[str] = Counter()
    incidents: list[Incident] = []
    decoder = msgspec.json.Decoder(Incident)
    for line in read_lines(argv):
        kind = msgspec.json.decode(line, type=dict)["kind"]
        kinds[kind] += 1
        if kind == "incident":
            incidents.append(decoder.decode(line))
    events = kinds["event"]
    several = [i for i in incidents if len(i.events) > 1]
    merged = sum(len(i.events) for i in several)
    print(f"{kinds['article']} articles, {events} event records -> {len(incidents)} incidents")
    print(f"{len(several)} incidents group several reports; {merged} event records are in them "
          f"({merged - len(several)} fewer rows than reports)")  # fmt: skip
    print(f"{sum(1 for i in incidents if i.corroboration >= 2)} incidents reported by 2+ "
          f"independent sources")  # fmt: skip
    print("\nlargest incidents:")
    for incident in sorted(incidents, key=lambda i: (-len(i.events), i.id))[:10]:
        print("  " + describe(incident))
    killing = max(
        (i for i in incidents if i.event_type == "ASSAULT"
         and any(r.id == "qassem-soleimani" for r in i.recipients)),
        key=lambda i: len(i.events), default=None,
    )  # fmt: skip
    if killing is not None:
        print("\nthe Soleimani killing:\n  " + describe(killing))
        print(f"  recipients: {', '.join(r.id for r in killing.recipients)}")
        print(f"  outlets: {', '.join(killing.outlets)}")
        print(f"  statuses: {msgspec.to_builtins(killing.statuses)}")
    line = build_timeline(incidents, "month", "type")
    dated = Counter(
        i.event_type for i in incidents if i.date and i.date_precision in ("day", "month")
    )
    timeline_ok = dict(line.totals()) == dict(dated)
    timeline_ok &= line.left_out == len(incidents) - sum(dated.values())
    graph = actor_graph(incidents)
    pairs = Counter(
        (a.id, r.id) for i in incidents for a in i.actors for r in i.recipients if a.id != r.id
    )
    graph_ok = {(u, v): d["weight"] for u, v, d in graph.edges(data=True)} == dict(pairs)
    print(f"\ntimeline agrees with the incidents: {timeline_ok}; graph agrees: {graph_ok} "
          f"({graph.number_of_nodes()} actors, {graph.number_of_edges()} edges)")  # fmt: skip
    return 0 if timeline_ok and graph_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
