"""The incident record (sources, dates, parties), the grouping state, the ledger, odd input."""

from __future__ import annotations

import msgspec

from annalyst.aggregate.grouping import Grouper
from annalyst.aggregate.incidents import article_info, group_events, with_incidents
from annalyst.aggregate.ledger import build_ledger
from annalyst.aggregate.profile import Profile
from annalyst.aggregate.records import incident_record
from annalyst.aggregate.reports import make_report
from annalyst.aggregate.sources import source_of
from annalyst.schema import Incident, Quote, to_json_line
from incident_helpers import article, event


def _kill(aid: str, **kw: object) -> object:
    return event(aid, actors=("united-states",), recipients=("qassem-soleimani",),
                 date="2020-01-03", trigger="killed", **kw)  # type: ignore[arg-type]  # fmt: skip


def test_sources_owners_wires_and_unknown_outlets() -> None:
    assert source_of("Press TV") == source_of("HispanTV") == source_of("Al-Alam")
    assert source_of("RT") == source_of("Ruptly") != source_of("Sputnik")
    assert source_of("Al Mayadeen") == "Al Mayadeen"
    assert source_of("Some Local Blog") == "some local blog"
    assert source_of(None) is None
    # A wire story under another outlet's name counts as the agency.
    assert source_of("The Daily Star (Lebanon)", byline="By Reuters staff") == "Reuters"


def test_corroboration_counts_independent_sources() -> None:
    articles = {
        "a1": article("a1", outlet="Press TV"), "a2": article("a2", outlet="HispanTV"),
        "a3": article("a3", outlet="Reuters"), "a4": article("a4", outlet="Gulf News",
                                                            byline="Reuters"),
        "a5": article("a5"), "a6": article("a6"),
    }  # fmt: skip
    [incident] = group_events([_kill(a) for a in articles], articles)  # type: ignore[misc]
    assert incident.corroboration == 2  # the broadcaster, the agency
    assert incident.outlets == ["Gulf News", "HispanTV", "Press TV", "Reuters"]
    [alone] = group_events([_kill("a5"), _kill("a6")], articles)  # type: ignore[list-item]
    assert alone.corroboration == 1 and alone.outlets == []


def test_best_date_and_place_and_parties() -> None:
    events = [
        event("a1", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-01",
              precision="month", where="baghdad"),
        event("a2", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03",
              where="baghdad-airport", mode="drone"),
        event("a3", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03",
              mode="drone", status="claimed", claimed_by="iran"),
        event("a4", actors=("us-armed-forces", "agent:USA:MIL"), recipients=("qassem-soleimani",),
              date="2020-01-03", mode="aerial", status="negated"),
        event("a5", actors=("united-states", "donald-trump"), recipients=("qassem-soleimani",),
              date="2020-01-03"),
    ]  # fmt: skip
    [incident] = group_events(events)
    assert (incident.date, incident.date_precision) == ("2020-01-03", "day")
    assert incident.location is not None and incident.location.name == "baghdad-airport"
    assert incident.mode == "drone"
    assert incident.actors[0].id == "united-states"
    assert "~agent:USA:mil" not in [a.id for a in incident.actors]
    assert [a.id for a in incident.recipients] == ["qassem-soleimani"]
    assert incident.statuses.claimed == 1 and incident.statuses.negated == 1
    assert [c.id for c in incident.claimed_by] == ["iran"]
    assert msgspec.json.decode(to_json_line(incident))["kind"] == "incident"


def test_state_round_trip_resumes_the_same_incident() -> None:
    reports = [make_report(e, article_info(article(e.article_id, outlet="Rudaw")))  # type: ignore[attr-defined]
               for e in (_kill("a1", where="baghdad-airport"), _kill("a2"))]  # fmt: skip
    grouper = Grouper()
    grouper.add_all(reports)
    [profile] = grouper.incidents.values()
    state = msgspec.json.decode(msgspec.json.encode(profile.to_state()))
    again = Profile.from_state(state)
    assert incident_record(again) == incident_record(profile)
    resumed = Grouper()
    resumed.load(again)
    assert resumed.add(make_report(_kill("a3"))) == profile.id  # type: ignore[arg-type]


def test_ledger_stances_and_quotes() -> None:
    text = 'Iran said "the Americans killed him". The US killed him, Reuters said.'
    said = event(
        "a1",
        actors=("united-states",),
        recipients=("qassem-soleimani",),
        status="claimed",
        claimed_by="iran",
        sentence=text[:36],
        sentence_start=0,
    )
    own = event("a1", actors=("united-states",), n=1, sentence=text[37:], sentence_start=37)
    denied = event("a2", actors=("united-states",), status="negated", claimed_by="united-states")
    maybe = event("a3", actors=("united-states",), status="hypothetical")
    quote = Quote(
        id="q1",
        article_id="a1",
        text="the Americans killed him",
        start=10,
        end=34,
        type="direct",
        speaker=None,
        speaker_text="Iran",
        cue="said",
        medium=None,
    )
    ledger = build_ledger([said, own, denied, maybe],
                          {"a1": ("2020-01-03", "Rudaw"), "a2": (None, None)}, {"a1": [quote]})  # fmt: skip
    stances = [(e.stance, e.by_text, e.quote_id) for e in ledger]
    assert ("claims", "Iran", "q1") in stances
    assert ("asserts", "Rudaw", None) in stances
    assert ("denies", "United States", None) in stances
    assert ("speculates", "the article", None) in stances


def test_stream_adds_incidents_after_everything() -> None:
    a1 = article("a1", outlet="Rudaw", published="2020-01-03")
    records = list(with_incidents([a1, _kill("a1"), article("a2"), _kill("a2")]))  # type: ignore[list-item]
    assert [type(r).__name__ for r in records] == [
        "Article",
        "Event",
        "Article",
        "Event",
        "Incident",
    ]
    assert isinstance(records[-1], Incident) and len(records[-1].events) == 2


def test_odd_input_does_not_crash() -> None:
    odd = [
        event("a1", date="2020-13-45"),  # not a date
        event("a2", date="0001-01-01", precision="year"),
        event("a3", date="9999-12-31", precision="month"),
        event("a4", actors=("?",), recipients=("agent:x:MIL",), where="new-york"),
        event("a5", "NOT_A_TYPE", mode="nonsense"),
    ]
    articles = {"a4": article("a4", published="not a date"), "a5": article("a5", outlet="")}
    incidents = group_events(odd, articles)
    assert sorted(e for i in incidents for e in i.events) == sorted(e.id for e in odd)
