"""Event extraction: who did what to whom, when and where, and who says so.

The `annalyst_events` spaCy component runs last, after the actors, places and quotes
components. For every sentence it

1. finds triggers with the event lexicon (verbs, nominalisations, light-verb phrases:
   "struck", "the assassination of", "carried out an attack", "imposed sanctions",
   "held talks"), checking each entry's requirements against the parse;
2. keeps one event per action: triggers of one action merge ("a US drone strike
   killed …", "attacked the base and killed 26 soldiers", "targeted X by launching
   missiles"), and an act named inside another act's argument is no event of its own
   when it is only asked for, promised or cancelled ("called for talks"), but keeps
   one when it is a specific past act reacted to ("condemned the Houthi attack on Abu
   Dhabi");
3. reads arguments in clause frames (``annalyst.nlp.syntax``: inherited subjects,
   control, participles, relative clauses) and turns each argument word into an actor
   with the words that denote it: named actors, owners of things, pronouns' antecedents,
   generic and provisional groups; places are locations, never recipients, unless a
   country stands for its state;
4. turns frames of intent, commitment and obligation into the event itself ("will /
   is ready to [act]" → AGREE or THREATEN, "X said B must [act]" → REQUEST, "will
   not [act]" → REJECT) and gives requests, commitments and rejections the mode and
   CAMEO code of what they are about;
5. decides the status: negated, hypothetical (conditions, possibilities, duties,
   rights, feared acts), future, claimed (inside a quote, a reported clause, "according
   to X", an allegation), or asserted;
6. dates the event from the time expression that governs it.

Where each decision is made: ``selection`` (1, 2) with ``one_action`` (one action
told with two words is one event), ``arguments`` (which words fill
the slots, by the tables of ``argtables`` and the word tests of ``argwords``), ``referents`` with ``owners``, ``pronouns`` (and ``plural_pronouns``), ``descriptions`` ("the group", "the country"), ``unnamed`` and ``words`` (who
a word stands for), ``frames`` (4), ``warning_kinds`` (what a warning is), ``status`` (5), ``location``, ``dating`` (6) with ``retelling`` (an act told again),
``records`` (the output); ``component`` runs them and registers the spaCy factory.
"""

from __future__ import annotations

from dataclasses import asdict

from annalyst.nlp.events.component import EventExtractor
from annalyst.nlp.events.component import make_event_extractor as make_event_extractor
from annalyst.nlp.events.records import event_records

__all__ = ["EventExtractor", "asdict", "event_records"]
