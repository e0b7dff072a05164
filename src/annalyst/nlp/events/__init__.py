"""Event extraction: who did what to whom, when and where, and who says so.

The `annalyst_events` spaCy component runs last, after the actors, places and
quotes components. For every sentence it

1. finds triggers with the event lexicon (verbs, nominalisations, light-verb
   phrases: "struck", "the assassination of", "carried out an attack",
   "imposed sanctions", "held talks"), checking each entry's requirements
   against the parse;
2. merges triggers that report one action ("a US drone strike killed …" is one
   ASSAULT, the strike, with the killing's victims);
3. reads arguments from the dependency parse: subjects, by-agents, possessors and
   modifiers of nominal triggers ("the US strike", "Iran's attack") as actors;
   objects, passive subjects and "on/against/of" phrases as recipients; places
   named with "in/at/near" as the location, not as recipients;
4. decides the status: claimed (inside a quote, a reported clause or "according
   to X"), negated, hypothetical ("if … would"), future ("will", "plans to"), or
   asserted;
5. dates the event from the time expression that governs its trigger, relative
   expressions resolved against the publication date; when the text gives no
   time, the date stays null.

Sentences of opinion or analysis with no reported action produce no event: a
trigger needs at least one actor or recipient, and stative readings ("sanctions
rarely work") are dropped unless an actor is named.

Each step has its own module: ``selection`` (1, 2 and what is dropped), ``arguments``
and ``referents`` (3), ``location``, ``status`` (4), ``dating`` (5), ``records`` (the
output); ``component`` runs them and registers the spaCy factory.
"""

from __future__ import annotations

from dataclasses import asdict

from annalyst.nlp.events.component import EventExtractor
from annalyst.nlp.events.component import make_event_extractor as make_event_extractor
from annalyst.nlp.events.records import event_records

__all__ = ["EventExtractor", "asdict", "event_records"]
