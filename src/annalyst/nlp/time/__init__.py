"""When events happened: time expressions in a parsed article and the one governing a trigger.

:func:`find_times` lists every time expression of a spaCy ``Doc`` and resolves it to a
calendar date with a precision; :func:`time_for` picks, from the dependency parse, the
expression that dates one event trigger (or none). Event-relative phrases ("two days
after the attack") carry an :class:`EventAnchor` that the event layer links to an earlier
event of the article; :func:`resolve_anchor` then turns the anchor's date into the
event's date.

How expressions are found
    Our own regular expressions over ``doc.text`` find the dates and relative phrases
    (fast, and strict about what counts); the small English model's DATE entities add
    what the patterns do not know, with the entity's span widened or narrowed to ours
    where they overlap; event-relative phrases are read from the dependency parse
    ("after" / "before" / "following" / "since" / "prior to" / "ahead of" / "on the eve
    of" / "in the wake of" / "the day of" + an event noun or a clause). dateparser
    (cached) reads only the DATE entities that contain a month name and a digit and that
    no pattern understood ("January the 3rd"); everything else is computed here.

Decisions
    * ``text`` is the expression without a leading preposition, which goes to
      ``preposition`` ("on 3 January 2020" -> text "3 January 2020", preposition "on").
      Modifiers stay in ``text`` ("late on Sunday", "early 2020", "last week").
      Event-relative phrases keep their relation word and anchor in ``text`` ("two days
      after the attack"); a preposition before them still goes to ``preposition`` ("on
      the eve of the vote" -> "the eve of the vote", "on").
    * ``date`` is YYYY-MM-DD; for month and year precision it is the first day of the
      month or year; ``precision`` is None exactly when ``date`` is None. ``kind`` says
      how the date was found: ``explicit`` (the text gives the year), ``partial`` (a day
      or month without a year), ``relative`` (deictic: "yesterday", "last week", "on
      Monday", "three years ago"), ``narrative`` ("two days later"), ``anchored``
      (event-relative) or ``other`` (an expression we do not resolve: "the 1990s",
      "Ramadan", "in the coming days").
    * A bare month or year is a date only after a cue: a preposition ("in March", "since
      2019", "scheduled for October"), "last / this / next", or "early / mid / late / the
      end of ..."; spaCy DATE entities that are a bare month or year also count ("the
      2018 elections"). A season with a year ("the summer of 2018") is year precision.
    * Nothing is invented: with no publication date, expressions that need one ("on
      Monday", "last week", "8 February" without a year and without a year in the
      context) get ``date`` None (``relative`` stays True); vague amounts ("a few days
      ago", "in the coming days", "weeks later"), decades, seasons without a year and
      unknown DATE entities ("Ramadan") are listed with ``date`` None. Durations, ages
      and frequencies ("for five days", "the 24-year-old", "annual") are not listed.
    * ``relative`` is True when the date is (or would be) computed from the publication
      date.
    * Numeric dates ("8/1/2020") are day-first unless ``day_first=False`` is passed (most
      outlets annalyst reads are not American); a first number above 12 forces
      day-first, a second above 12 month-first. ISO dates (2020-01-08) are always
      year-month-day.
    * A weekday ("on Monday") is the most recent such day on or before the publication
      date (AP style: an article published on a Monday says "on Monday" for that day);
      in a future clause ("will meet on Monday", "is expected to ... on Monday") it is
      the next such day on or after it. "last Monday" is strictly before, "next Monday"
      strictly after.
    * A day and month without a year ("on 8 February", "March 13") takes the year of an
      explicit date in the same sentence (or a day- or month-precision date with a year
      in the previous sentence), choosing among that year and its neighbours the date
      nearest to it ("on 3 January 2020 ... after the 28 December attack" -> 2019-12-28);
      ``relative`` is then False. Without such context it is the most recent such day on
      or before the publication date (the next one on or after it in a future clause),
      ``relative`` True. A bare month after a preposition ("in March") works the same way
      against the publication month; "last March" is strictly before the publication
      month, "next March" strictly after it, "this March" in the publication year.
    * Weeks are reported at day precision as the Monday of the week with
      ``approximate=True`` ("last week", "this week", "next week", "two weeks ago"); a
      weekend as its Saturday, also approximate. "earlier this month" / "last month" /
      "next month" are month precision, "last year" / "three years ago" year precision.
      "N days ago" is exact; "N weeks ago", decades and hedged amounts ("about three
      years ago") are approximate.
    * Future expressions ("tomorrow", "next week", "later this month", "in two weeks'
      time", "the coming days") set ``future``; so does any resolved date after the
      publication date. "in N days/weeks" without "time" is only read as a date in a
      future clause. A future clause has "will / shall / would / 'll", or depends on
      "plan / expect / schedule / set / ... to", or is a passive "is scheduled / expected
      / set"; the present tense of a timetable ("the vote takes place on 10 October") is
      not read as future.
    * Narrative phrases ("two days later", "the next day", "that day", "the following
      year") are resolved against the nearest earlier resolved expression of the same or
      the two previous sentences; ``relative`` then follows that expression.
    * Event-relative phrases: "two days after X" gives ``offset_days`` +2, "a day before
      X" -1, "the day of X" 0 (exact); "on the eve of X" -1; "the day after X" +1; "a
      week / month / year after X" counts in that unit (``amount``), with
      ``offset_days`` = amount × 1, 7, 30 or 365. "hours / shortly / immediately / soon
      after X" is amount 0, not exact (the same day, roughly). "after X", "following
      X", "since X", "in the wake of X", "days / weeks after X", "ahead of X", "in the
      run-up to X" have no amount (``amount`` None, ``offset_days`` 0, ``exact``
      False): the event is after (before) the anchor by an unknown time, and
      :func:`resolve_anchor` gives no date for them, except that an unstated count of
      days or weeks (``counted``: "in the days following X") keeps an anchor date known
      only to its month or year (days) or year (weeks); "more than two months after X" is
      not exact either. "during X" is direction 0, amount 0, not exact: the event is
      dated at the anchor's date and precision. When the anchor itself contains a resolved date ("two days after the 3
      January strike", "five days after Soleimani was killed on 3 January") the phrase
      gets its own date; otherwise ``date`` is None and the caller resolves the anchor.
      An anchor is a clause ("after the rebels took the town", "after being accused")
      or an event noun: a word list plus nominalisation suffixes (-tion, -sion, -ment,
      -ure, -ade, -ing); "before the court", "after him", "after midnight" and "after 3
      January" are not anchors.
    * :func:`time_for` ignores expressions introduced by a bounding preposition
      (before, after, until, till, by, within, to, through, prior to, ahead of, up to):
      "before 2020" is not the date of the event. "since 2019" and "from 2014" are kept:
      the start of what the clause reports. Only expressions of the trigger's sentence
      are considered; the date of a reporting verb does not date the reported event
      ("officials said on Tuesday that militants had burned two schools": the burning
      has no date). Event-relative phrases without an amount ("after the attack") do
      not date an event either.
    * A date on the word that governs a trigger dates it when the trigger has none of
      its own: the verb it complements ("went on 14 March to attack", "decided on
      Monday to expel", "took part on 31 August in lifting the siege", "tried in June
      to ... by ordering"), a participial clause of its verb ("Speaking on Friday, the
      minister called ..."), a verb of the same tense it is conjoined to, the light verb
      or "come under" / "go on" it is the object of, the statement whose demand it
      states ("aired a statement on 30 August demanding ..."). The means or occasion of
      an act is the same act ("killed in a drone strike on 3 January", "at a ceremony
      on Friday"); a container noun stands for the event it frames ("the second round
      of airstrikes on 27 June", "an act of sabotage"). A date written right after an
      event noun's phrase is the noun's whatever the parse says ("the invasion of Iraq
      in 2003"), and so does a date that closes a longer phrase naming the act (names,
      titles, places between) when the parse hangs it on a verb that only refers to the
      act ("was making a reference to the assassination of A, along with B, at the
      airport in January 2020"), on a word of the phrase, or sets it off by commas; a
      "that took place on ..." clause on the act's target or place dates the act; a
      when-clause on a date takes it ("since January 2020, when ..."). "began / ended
      ... with X", "was the architect / leader / part of X" and breaking news of X
      ("woke up on 3 January to the news of the killing") share their date with X. A time
      written right after a verb of saying, before the reported clause's subject, is the
      saying's ("said on Monday it would ...").
    * Narrative phrases carry ``step`` (amount and unit), so that the event layer can
      date them from the previous event when no earlier expression does, and
      :func:`time_of_anchored_clause` reads the date of an anchor's own event back
      from the clause the phrase modifies ("issued the call on Tuesday, one day after
      jets struck": the strike is Monday).

Where each step lives
    ``patterns.py`` and ``candidates.py`` (finding), ``anchors.py`` (event-relative
    phrases and :func:`resolve_anchor`), ``resolution.py`` and ``dates.py`` (dating),
    ``find.py`` (:func:`find_times`, the passes in order), ``attach.py``
    (:func:`time_for`, :func:`time_of_anchored_clause`), ``governing.py`` (which word a
    trigger takes its time from), ``anniversaries.py`` (acts dated by their
    anniversaries: "on the second anniversary of X in 2022" puts X in 2020),
    ``syntax.py`` (what the parse says of an expression), ``words.py`` and
    ``eventive.py`` (word lists), ``model.py`` (the public records).
"""

from __future__ import annotations

from annalyst.nlp.time.anchors import resolve_anchor
from annalyst.nlp.time.attach import time_for, time_of_anchored_clause
from annalyst.nlp.time.find import find_times
from annalyst.nlp.time.model import EventAnchor, Precision, TimeExpr, Unit
from annalyst.nlp.time.model import Kind as Kind

__all__ = [
    "EventAnchor",
    "Precision",
    "TimeExpr",
    "Unit",
    "find_times",
    "resolve_anchor",
    "time_for",
    "time_of_anchored_clause",
]
