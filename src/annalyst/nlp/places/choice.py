"""Which of the overlapping place proposals stand: the longest first, then by where
they came from (a division or an abbreviation, a name spaCy found, a dateline, a gazetteer
match, a name placed by the word for its kind, an adjective), with street and stream
names found by their shape taking the place of a town's name inside them."""

from __future__ import annotations

from annalyst.nlp.places.gazetteer import Gazetteer
from annalyst.nlp.places.proposals import Proposal

_SOURCE_RANK = {
    "division": 0,
    "abbreviation": 0,
    "kind": 4,
    "ner": 1,
    "dateline": 2,
    "matcher": 3,
    "entity": 4,
    "adjective": 5,
    "feature": 6,
}


def _select(proposals: list[Proposal], gazetteer: Gazetteer) -> list[Proposal]:
    """Longest non-overlapping proposals; NER spans win ties. A street or stream found by
    the shape of its name ("Darby Street") takes the place of a town's name inside it,
    never of a state's or a country's ("Ohio Turnpike" keeps Ohio) nor of anything the
    gazetteer knows by the whole name."""
    kinds = gazetteer.cols.kinds
    # "Niger state", "Georgia province": a country's name followed by a word of another
    # kind of place is that place, not the country
    divisions = {(p.start, p.end) for p in proposals if p.source == "kind"}
    named = [
        p
        for p in proposals
        if p.source != "feature"
        and not (
            p.source != "kind"
            and (p.start, p.end) in divisions
            and any(kinds[i] == "country" for i in p.hit.indices)
        )
    ]
    order = sorted(named, key=lambda p: (-(p.end - p.start), _SOURCE_RANK[p.source], p.start))
    taken: dict[int, Proposal] = {}
    chosen: list[Proposal] = []
    for p in order:
        if any(t in taken for t in range(p.start, p.end)):
            continue
        taken.update(dict.fromkeys(range(p.start, p.end), p))
        chosen.append(p)
    for f in proposals:
        if f.source != "feature":
            continue
        inside = {id(taken[t]): taken[t] for t in range(f.start, f.end) if t in taken}
        if any(
            q.start < f.start
            or q.end > f.end
            or (q.end - q.start) == (f.end - f.start)
            or q.source in ("ner", "abbreviation", "dateline")
            or any(kinds[i] not in _TOWN_KINDS for i in q.hit.indices)
            for q in inside.values()
        ):
            continue
        chosen = [q for q in chosen if id(q) not in inside]
        taken.update(dict.fromkeys(range(f.start, f.end), f))
        chosen.append(f)
    chosen.sort(key=lambda p: p.start)
    return chosen


#: Kinds of entries whose names a feature's name may contain ("Darby" in "Darby Street").
_TOWN_KINDS = frozenset({"city"})
