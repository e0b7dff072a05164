"""Speed and memory of incident grouping on synthetic events.

    python benchmarks/speed_incidents.py [--events N] [--store-events M] [--new-events K]

A synthetic stream of N event records (default 1,000,000) shaped like news:
acts spread over years, countries and types, each retold by a few outlets with
different precision (day, month, year, undated), different names for the same
side (a state, its forces, an unnamed "US forces"), nearby places, and acts on
the same base on nearby days. Reports arrive in publication order.

* grouping: `Grouper` over the stream, incidents out of memory once no report
  has touched them for `--horizon` days (what the store path does: incidents
  live in the store and are read back by blocking key); events per second,
  comparisons per event, and resident memory at checkpoints (flat when the
  number of live incidents is);
* quality on the synthetic truth: pairwise and B³ F1 (computed from the
  contingency counts, so linear in N);
* store path: `update_incidents` over M events (default 50,000) saved in a
  DuckDB file, in batches of articles as `ingest` does, events per second; then the
  incremental step: K more events (default 1,000, the next to be published) grouped
  into that store, its cost per event against the first grouping's.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Literal

from annalyst.aggregate.grouping import Grouper, relaxed_gc
from annalyst.aggregate.profile import Profile
from annalyst.aggregate.reports import ArticleInfo, make_report
from annalyst.schema import ActorRef, Event, PlaceRef

TYPES = ["ASSAULT"] * 6 + ["CONSULT"] * 3 + ["ACCUSE", "SANCTION", "COERCE", "PROTEST", "AID",
                                           "THREATEN", "REQUEST", "AGREE"]  # fmt: skip
MODES = {"ASSAULT": ["aerial", "drone", "missile", "heavy-weapons", "firearms", "explosives", None],
         "CONSULT": ["visit", "host", None]}  # fmt: skip
OUTLETS = [f"Outlet {i}" for i in range(300)]
START = date(2015, 1, 1).toordinal()


def rss_mb() -> float:
    """Current resident set of this process, in MB."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * resource.getpagesize() / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


class World:
    """Countries, each with a state, its forces, named groups and places."""

    def __init__(self, rng: random.Random, countries: int = 40) -> None:
        self.rng = rng
        self.codes = [f"C{i:02d}" for i in range(countries)]
        self.state = {c: ActorRef(id=f"state-{c}", name=f"State {c}", text="", country=c, type="state")
                      for c in self.codes}  # fmt: skip
        self.forces = {c: ActorRef(id=f"forces-{c}", name=f"Forces {c}", text="", country=c,
                                   sectors=["MIL"]) for c in self.codes}  # fmt: skip
        self.unnamed = {c: ActorRef(id=f"~agent:{c}:mil", name=f"{c} forces", text="", country=c,
                                    sectors=["MIL"], type="group") for c in self.codes}  # fmt: skip
        self.groups = {c: [ActorRef(id=f"group-{c}-{j}", name=f"Group {c}{j}", text="", country=c,
                                    sectors=["REB"], type="group") for j in range(15)]
                       for c in self.codes}  # fmt: skip
        self.people = {c: [ActorRef(id=f"person-{c}-{j}", name=f"Person {c}{j}", text="", country=c,
                                    sectors=["GOV"], type="person") for j in range(10)]
                       for c in self.codes}  # fmt: skip
        self.sites = {c: [(10 + i * 1.5 + rng.random(), 20 + j * 1.5 + rng.random())
                          for j in range(12)] for i, c in enumerate(self.codes)}  # fmt: skip

    def side(self, country: str, named: ActorRef) -> list[ActorRef]:
        """How one report names a side: the named actor, its state, its forces, or no one."""
        roll = self.rng.random()
        if named.type == "person" or named.id.startswith("group-"):
            return [named] if roll < 0.85 else []
        if roll < 0.4:
            return [self.state[country]]
        if roll < 0.75:
            return [self.forces[country]]
        return [self.unnamed[country]] if roll < 0.9 else []


def synthetic(n_events: int, seed: int = 7) -> Iterator[tuple[Event, ArticleInfo, int]]:
    """(event, article facts, true act number), in publication order."""
    rng = random.Random(seed)
    world = World(rng)
    pending: list[tuple[int, int, Event, ArticleInfo, int]] = []
    made = act = 0
    day = START
    while made < n_events:
        for _ in range(rng.randint(150, 250)):  # acts that happen today
            if made >= n_events:
                break
            act += 1
            etype = rng.choice(TYPES)
            a, b = rng.sample(world.codes, 2)
            doer = rng.choice([world.state[a], world.forces[a], *world.groups[a], *world.people[a]])
            target = rng.choice(
                [world.forces[b], *world.groups[b], world.state[b], *world.people[b]]
            )
            lat, lon = rng.choice(world.sites[b])
            mode = rng.choice(MODES.get(etype, [None]))
            for _r in range(min(12, 1 + int(rng.expovariate(1 / 1.8)))):
                if made >= n_events:
                    break
                made += 1
                published = day + int(rng.expovariate(1 / 1.5))
                if rng.random() < 0.03:
                    published += rng.randint(30, 900)  # recalled much later
                when, precision = _when(rng, day)
                place = None
                if rng.random() < 0.6:
                    place = PlaceRef(
                        name=f"site {lat:.2f}", text="", lat=lat + rng.uniform(-0.02, 0.02),
                        lon=lon + rng.uniform(-0.02, 0.02), country=b,
                        precision="site" if rng.random() < 0.5 else "city",
                    )  # fmt: skip
                event = Event(
                    id=f"e{made:09d}", article_id=f"a{made:09d}", sentence="", sentence_start=0,
                    trigger="attack", event_type=etype, mode=mode if rng.random() < 0.8 else None,
                    quad="", cameo=None, intensity=0.0, actors=world.side(a, doer),
                    recipients=world.side(b, target), date=when, date_precision=precision,
                    date_text=None, location=place,
                    status="asserted" if rng.random() < 0.8 else "claimed", claimed_by=None,
                    confidence=0.8,
                )  # fmt: skip
                outlet = rng.choice(OUTLETS)
                info = ArticleInfo(date.fromordinal(published).isoformat(), outlet, outlet)
                pending.append((published, made, event, info, act))
        day += 1
        # Release, in publication order, everything published before the next day.
        pending.sort(key=lambda p: (p[0], p[1]))
        cut = 0
        while cut < len(pending) and pending[cut][0] < day:
            cut += 1
        for _published, _made, event, info, truth in pending[:cut]:
            yield event, info, truth
        del pending[:cut]
    for _published, _made, event, info, truth in pending:
        yield event, info, truth


def _when(
    rng: random.Random, day: int
) -> tuple[str | None, Literal["day", "month", "year"] | None]:
    roll = rng.random()
    today = date.fromordinal(day)
    if roll < 0.72:
        return today.isoformat(), "day"
    if roll < 0.82:
        return today.replace(day=1).isoformat(), "month"
    if roll < 0.85:
        return today.replace(month=1, day=1).isoformat(), "year"
    return None, None


class Scores:
    """Pairwise and B³ figures from contingency counts, fed one finished incident at a time."""

    def __init__(self) -> None:
        self.acts = array("i")  # true act of each cell
        self.cells = array("i")  # events of that act in that incident
        self.pred_pairs = 0
        self.both_pairs = 0
        self.b3_precision = 0.0
        self.n = 0

    def add(self, acts: list[int]) -> None:
        size = len(acts)
        self.n += size
        self.pred_pairs += size * (size - 1) // 2
        for act, count in Counter(acts).items():
            self.acts.append(act)
            self.cells.append(count)
            self.both_pairs += count * (count - 1) // 2
            self.b3_precision += count * count / size

    def result(self) -> dict[str, float]:
        sizes: Counter[int] = Counter()
        for act, count in zip(self.acts, self.cells, strict=True):
            sizes[act] += count
        gold_pairs = sum(s * (s - 1) // 2 for s in sizes.values())
        b3_recall = sum(c * c / sizes[a] for a, c in zip(self.acts, self.cells, strict=True))
        p = self.both_pairs / self.pred_pairs if self.pred_pairs else 1.0
        r = self.both_pairs / gold_pairs if gold_pairs else 1.0
        bp, br = self.b3_precision / self.n, b3_recall / self.n
        return {
            "pairwise_precision": p, "pairwise_recall": r, "pairwise_f1": _f1(p, r),
            "b3_precision": bp, "b3_recall": br, "b3_f1": _f1(bp, br),
        }  # fmt: skip


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def run_grouping(n_events: int, horizon: int, every: int) -> None:
    truth = array("i", bytes(4 * (n_events + 1)))
    grouper = Grouper()
    scores = Scores()
    grouped = 0
    spent = 0.0
    incidents = 0
    started = time.perf_counter()
    checkpoints = {n_events // 10, n_events // 4, n_events // 2, n_events}
    print(
        f"{'events':>10} {'s grouping':>11} {'events/s':>10} {'live incidents':>15} {'RSS MB':>8}"
    )

    def finish(profiles: Iterator[Profile]) -> int:
        done = 0
        for profile in profiles:
            scores.add([truth[int(m.event_id[1:])] for m in profile.members])
            done += 1
        return done

    current = START
    for event, info, act in synthetic(n_events):
        truth[int(event.id[1:])] = act
        tick = time.perf_counter()
        grouper.add(make_report(event, info))
        spent += time.perf_counter() - tick
        grouped += 1
        current = max(current, date.fromisoformat(info.published or "2015-01-01").toordinal())
        if grouped % every == 0:
            tick = time.perf_counter()
            incidents += finish(grouper.evict(current - horizon))
            grouper.clear_changes()  # the evicted incidents are scored; nothing else to save
            spent += time.perf_counter() - tick
        if grouped in checkpoints:
            print(f"{grouped:>10,} {spent:>11.1f} {grouped / spent:>10,.0f} "
                  f"{len(grouper.incidents):>15,} {rss_mb():>8.0f}")  # fmt: skip
    incidents += finish(grouper.evict(10**9))
    wall = time.perf_counter() - started
    figures = scores.result()
    print(f"\n{grouped:,} events -> {incidents:,} incidents; grouping {spent:.1f} s "
          f"({grouped / spent:,.0f} events/s), wall with generation {wall:.1f} s; "
          f"{grouper.comparisons / grouped:.1f} comparisons per event; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")  # fmt: skip
    print("synthetic truth: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))


def run_store(n_events: int, n_new: int) -> None:
    """Group `n_events` stored events, then `n_new` more arriving later (the incremental step)."""
    from annalyst.aggregate.update import update_incidents
    from annalyst.schema import Article
    from annalyst.store.db import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        stream = synthetic(n_events + n_new, seed=11)
        loaded = _load(store, stream, n_events, Article)
        tick = time.perf_counter()
        summary = update_incidents(store)
        spent = time.perf_counter() - tick
        print(f"\nstore path: {summary.events:,} events -> {summary.total:,} incidents in "
              f"{spent:.1f} s ({summary.events / spent:,.0f} events/s; loading them took "
              f"{loaded:.1f} s)")  # fmt: skip
        tick = time.perf_counter()
        again = update_incidents(store)
        print(f"re-run with nothing new: {time.perf_counter() - tick:.2f} s, "
              f"{again.written} incident(s) written")  # fmt: skip
        if not n_new:
            return
        # The next articles to arrive: the latest in publication order, so they retell
        # recent acts already stored as well as new ones.
        _load(store, stream, n_new, Article)
        tick = time.perf_counter()
        step = update_incidents(store)
        took = time.perf_counter() - tick
        print(f"incremental: {step.events:,} new events onto {summary.events:,} stored in "
              f"{took:.2f} s ({took / max(step.events, 1) * 1e3:.2f} ms/event against "
              f"{spent / max(summary.events, 1) * 1e3:.2f} ms/event for the first grouping); "
              f"{step.written:,} incident(s) written, {step.removed:,} merged away, "
              f"{step.total - summary.total:+,} incidents in all ({step.total:,})")  # fmt: skip


def _load(store: object, stream: Iterator[tuple[Event, ArticleInfo, int]], n: int,
          article_type: type) -> float:  # fmt: skip
    """Save the next `n` events of the stream with their articles; seconds spent."""
    batch: list[tuple[object, Event]] = []
    tick = time.perf_counter()
    for made, (event, info, _act) in enumerate(stream, start=1):
        article = article_type(
            id=event.article_id, source="synthetic", title=None, published=info.published,
            authors=[], byline=None, outlet=info.outlet, language="en", url=None,
            line_start=None, line_end=None, text=event.article_id,
        )  # fmt: skip
        batch.append((article, event))
        if len(batch) == 5000:
            _save(store, batch)
            batch = []
        if made == n:
            break
    if batch:
        _save(store, batch)
    return time.perf_counter() - tick


def _save(store: object, batch: list[tuple[object, Event]]) -> None:
    """Store synthetic articles and their events in bulk (what `process` would have saved)."""
    from annalyst.ingest.dedup import DedupKeys
    from annalyst.store.rows import annotation_row

    store.add_articles([(a, DedupKeys(exact=e.id, minhash=b"")) for a, e in batch])  # type: ignore[attr-defined]
    con = store.con  # type: ignore[attr-defined]
    rows = [annotation_row(e.article_id, e)[1] for _a, e in batch]
    con.begin()
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        marks = "(" + ", ".join("?" * len(chunk[0])) + ")"
        con.execute("INSERT INTO events VALUES " + ", ".join([marks] * len(chunk)),
                    [v for row in chunk for v in row])  # fmt: skip
    con.execute(
        "UPDATE articles SET processed_at = now()::TIMESTAMP WHERE list_contains(?, id)",
        [[e.article_id for _a, e in batch]],
    )
    con.commit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--horizon", type=int, default=30, help="days an idle incident stays in memory"
    )
    parser.add_argument("--every", type=int, default=20_000, help="events between evictions")
    parser.add_argument("--store-events", type=int, default=50_000)
    parser.add_argument(
        "--new-events",
        type=int,
        default=1_000,
        help="events added after the store is grouped (incremental step)",
    )
    args = parser.parse_args(argv)
    gc.freeze()
    with relaxed_gc():
        run_grouping(args.events, args.horizon, args.every)
    if args.store_events:
        run_store(args.store_events, args.new_events)
    return 0


if __name__ == "__main__":
    sys.exit(main())
