"""Which reports are one act: one test per phenomenon of cross-article event coreference."""

from __future__ import annotations

import random

from annalyst.aggregate.incidents import group_events
from annalyst.schema import Article, Event, Incident
from incident_helpers import article, event


def groups(events: list[Event], articles: list[Article] | None = None) -> list[set[str]]:
    """The incidents as sets of the events' article ids and numbers (`a1`, `a2#1`)."""
    names = {e.id: e.article_id + (f"#{i}" if i else "") for e in events
             for i in [int(e.sentence.split()[1])]}  # fmt: skip
    incidents = group_events(events, {a.id: a for a in articles or []})
    return sorted(({names[e] for e in i.events} for i in incidents), key=sorted)


def one(events: list[Event], articles: list[Article] | None = None) -> Incident:
    incidents = group_events(events, {a.id: a for a in articles or []})
    assert len(incidents) == 1, [i.events for i in incidents]
    return incidents[0]


def test_same_actor_same_day_is_one_act() -> None:
    found = groups([
        event("a1", actors=("iran",), recipients=("agent:USA:MIL",), date="2020-01-08", mode="missile"),
        event("a2", actors=("irgc",), date="2020-01-08", mode="missile", where="ain-al-asad"),
        event("a3", actors=("iran",), date="2020-01-08", mode="heavy-weapons", where="ain-al-asad"),
    ])  # fmt: skip
    assert found == [{"a1", "a2", "a3"}]


def test_month_report_joins_the_day() -> None:
    found = groups([
        event("a1", actors=("united-states",), recipients=("kataib-hezbollah",), date="2021-06-27"),
        event("a2", actors=("us-armed-forces",), recipients=("kataib-hezbollah",),
              date="2021-06-01", precision="month"),
        event("a3", actors=("united-states",), recipients=("kataib-hezbollah",),
              date="2021-01-01", precision="year"),
    ])  # fmt: skip
    assert found == [{"a1", "a2", "a3"}]


def test_same_base_on_other_days_stays_apart() -> None:
    found = groups([
        event("a1", recipients=("agent:USA:MIL",), date="2021-03-03", where="ain-al-asad"),
        event("a2", date="2021-03-03", where="ain-al-asad", mode="heavy-weapons"),
        event("a3", recipients=("agent:USA:MIL",), date="2021-03-15", where="ain-al-asad"),
        event("a4", date="2021-03-04", where="ain-al-asad", mode="heavy-weapons"),
    ])  # fmt: skip
    assert found == [{"a1", "a2"}, {"a3"}, {"a4"}]


def test_same_day_other_city_stays_apart() -> None:
    found = groups([
        event("a1", actors=("israel",), date="2022-06-10", where="damascus", mode="aerial"),
        event("a2", actors=("israel",), date="2022-06-10", where="aleppo", mode="aerial"),
    ])  # fmt: skip
    assert found == [{"a1"}, {"a2"}]


def test_a_site_sits_inside_its_region() -> None:
    found = groups([
        event("a1", actors=("irgc",), date="2020-01-08", where="ain-al-asad"),
        event("a2", actors=("iran",), date="2020-01-08", where="anbar"),
    ])  # fmt: skip
    assert found == [{"a1", "a2"}]


def test_incompatible_modes_stay_apart() -> None:
    found = groups([
        event("a1", actors=("kataib-hezbollah",), date="2021-05-01", mode="firearms", where="baghdad"),
        event("a2", actors=("kataib-hezbollah",), date="2021-05-01", mode="heavy-weapons",
              where="baghdad"),
    ])  # fmt: skip
    assert found == [{"a1"}, {"a2"}]


def test_different_named_actors_of_one_country_stay_apart() -> None:
    found = groups([
        event("a1", actors=("kataib-hezbollah",), date="2021-05-01", where="erbil"),
        event("a2", actors=("turkey",), date="2021-05-01", where="erbil"),
    ])  # fmt: skip
    assert found == [{"a1"}, {"a2"}]


def test_different_people_named_as_doers_stay_apart() -> None:
    articles = [article(a, published="2021-03-04") for a in ("a1", "a2")]
    found = groups([
        event("a1", actors=("barack-obama",), recipients=("iraq",), trigger="bombed"),
        event("a2", actors=("joe-biden",), recipients=("iraq",), trigger="bombs"),
    ], articles)  # fmt: skip
    assert found == [{"a1"}, {"a2"}]


def test_a_person_is_killed_once() -> None:
    """Retellings years later, undated or misdated, with other doers named, are one killing."""
    articles = [article("a3", published="2022-01-09"), article("a4", published="2023-01-06")]
    incident = one([
        event("a1", actors=("united-states",), recipients=("qassem-soleimani", "abu-mahdi-al-muhandis"),
              date="2020-01-03", mode="drone", where="baghdad-airport", trigger="killed"),
        event("a2", recipients=("qassem-soleimani",), date="2022-01-01", precision="year",
              mode="assassinate", trigger="assassination"),
        event("a3", actors=("donald-trump",), recipients=("qassem-soleimani",), trigger="murder",
              where="new-york"),
        event("a4", recipients=("abu-mahdi-al-muhandis",), trigger="martyrdom",
              status="claimed", claimed_by="iran"),
    ], articles)  # fmt: skip
    assert incident.date == "2020-01-03" and incident.date_precision == "day"
    assert incident.location is not None and incident.location.name == "baghdad-airport"


def test_an_undated_attack_on_the_person_killed_is_the_killing() -> None:
    articles = [article("a2", published="2023-01-01")]
    found = groups([
        event("a1", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03",
              trigger="killed", mode="drone"),
        event("a2", actors=("united-states",), recipients=("qassem-soleimani",), trigger="strike",
              mode="drone"),
    ], articles)  # fmt: skip
    assert found == [{"a1", "a2"}]


def test_a_report_bridges_two_partial_pictures() -> None:
    """One outlet names only the commander, another only his companion, a third both."""
    found = groups([
        event("a1", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03",
              where="baghdad-airport"),
        event("a2", actors=("united-states",), recipients=("abu-mahdi-al-muhandis",),
              date="2020-01-03", where="baghdad-airport"),
        event("a3", actors=("united-states",), recipients=("qassem-soleimani", "abu-mahdi-al-muhandis"),
              date="2020-01-03"),
    ])  # fmt: skip
    assert found == [{"a1", "a2", "a3"}]


def test_undated_reports_need_more_agreement() -> None:
    """A commentary's list of past bombings is not one bombing."""
    articles = [article("a1", published="2021-03-04")]
    found = groups([
        event("a1", actors=("united-states",), recipients=("iraq",), trigger="bombed", n=0),
        event("a1", actors=("iran",), recipients=("iraq",), trigger="bombed", n=1),
        event("a1", recipients=("iraq",), trigger="bombed", n=2),
    ], articles)  # fmt: skip
    assert found == [{"a1"}, {"a1#1"}, {"a1#2"}]


def test_undated_report_joins_a_recent_dated_one() -> None:
    articles = [article("a1", published="2021-04-15"), article("a2", published="2021-04-16")]
    found = groups([
        event("a1", actors=("kataib-hezbollah",), date="2021-04-14", where="erbil", mode="drone"),
        event("a2", actors=("kataib-hezbollah",), where="erbil", status="negated"),
    ], articles)  # fmt: skip
    assert found == [{"a1", "a2"}]


def test_undated_report_does_not_reach_back_years() -> None:
    articles = [article("a2", published="2023-04-16")]
    found = groups([
        event("a1", actors=("kataib-hezbollah",), date="2021-04-14", where="erbil"),
        event("a2", actors=("kataib-hezbollah",), where="erbil"),
    ], articles)  # fmt: skip
    assert found == [{"a1"}, {"a2"}]


def test_intentions_are_not_grouped_without_a_date() -> None:
    articles = [article(a, published="2020-01-05") for a in ("a1", "a2")]
    found = groups([
        event("a1", actors=("iran",), recipients=("united-states",), status="future"),
        event("a2", actors=("iran",), recipients=("united-states",), status="future"),
    ], articles)  # fmt: skip
    assert found == [{"a1"}, {"a2"}]


def test_a_meeting_is_one_whoever_hosted() -> None:
    found = groups([
        event("a1", "CONSULT", mode="host", actors=("ebrahim-raisi",),
              recipients=("mohammed-shia-al-sudani",), date="2022-11-29", where="tehran"),
        event("a2", "CONSULT", mode="visit", actors=("mohammed-shia-al-sudani",),
              recipients=("ebrahim-raisi",), date="2022-11-29", where="tehran"),
        event("a3", "CONSULT", mode="visit", actors=("mohammed-shia-al-sudani",),
              recipients=("recep-tayyip-erdogan",), date="2022-11-29", where="tehran"),
    ])  # fmt: skip
    assert found == [{"a1", "a2"}, {"a3"}]


def test_a_shared_mode_crosses_types() -> None:
    found = groups([
        event("a1", "CONCEDE", mode="ceasefire", actors=("turkey",), recipients=("pkk",),
              date="2013-03-21"),
        event("a2", "RETREAT", mode="ceasefire", actors=("pkk",), recipients=("turkey",),
              date="2013-03-21"),
        event("a3", "RETREAT", mode="ceasefire", actors=("turkey",), recipients=("pkk",),
              date="2013-03-21"),
    ])  # fmt: skip
    assert {"a1", "a3"} in found


def test_unnamed_and_unknown_actors_do_not_rule_out() -> None:
    found = groups([
        event("a1", actors=("agent:x:REB",), recipients=("agent:USA:MIL",), date="2021-07-07",
              where="ain-al-asad"),
        event("a2", actors=("?Awliya",), date="2021-07-07", where="ain-al-asad"),
    ])  # fmt: skip
    assert found == [{"a1", "a2"}]


def test_input_order_does_not_matter() -> None:
    articles = [article(f"a{i}", published="2020-01-10") for i in range(8)]
    events = [
        event("a0", actors=("united-states",), recipients=("qassem-soleimani",), date="2020-01-03"),
        event("a1", actors=("united-states",), recipients=("qassem-soleimani",),
              date="2020-01-01", precision="month"),
        event("a2", actors=("iran",), date="2020-01-08", where="ain-al-asad"),
        event("a3", actors=("irgc",), recipients=("agent:USA:MIL",), where="ain-al-asad"),
        event("a4", actors=("iran",), date="2020-01-01", precision="month", where="ain-al-asad"),
        event("a5", actors=("kataib-hezbollah",), date="2020-01-05", where="baghdad"),
        event("a6", actors=("asaib-ahl-al-haq",), date="2020-01-05", where="baghdad"),
        event("a7", actors=("kataib-hezbollah",), date="2020-01-06", where="baghdad"),
    ]  # fmt: skip
    expected = groups(events, articles)
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert groups(shuffled, articles) == expected


def test_no_events_no_incidents() -> None:
    assert group_events([]) == []


def test_eviction_hands_incidents_over_and_keeps_nothing() -> None:
    from datetime import date

    from annalyst.aggregate.grouping import Grouper
    from annalyst.aggregate.reports import make_report

    grouper = Grouper()
    for i, day in enumerate(["2020-01-08", "2020-01-08", "2020-03-01"]):
        grouper.add(make_report(event(f"a{i}", actors=("iran",), date=day, where="ain-al-asad")))
    gone = list(grouper.evict(date(2020, 2, 1).toordinal()))
    assert [len(p.members) for p in gone] == [2] and len(grouper.incidents) == 1
    grouper.clear_changes()
    assert not grouper.touched and not grouper.removed
    assert list(grouper.evict(10**9)) and not grouper.incidents
