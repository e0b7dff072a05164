"""Envoys called home: who recalls them and from where.

In "Iraq recalled its ambassador from Turkey" or "the recall of the Iraqi ambassador
from Ankara", the envoy is what is withdrawn, not whom the act is aimed at: the act is
aimed at the state the envoy leaves (CAMEO 161), and it is done by the envoy's own state
when the sentence names no one else.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.events.unnamed import _place_actor, _state_for
from annalyst.nlp.events.words import told_as_own
from annalyst.nlp.syntax import prep_objects

# Words for the people a state posts abroad.
_ENVOYS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "consul", "attache"}
# Verbs and nouns of calling envoys home.
_CALLING_HOME = {"recall", "withdraw", "pull"}


def _envoy(draft: _Draft) -> Token | None:
    """The envoy a recall is of: the verb's object or the noun's "of" phrase."""
    token = draft.trigger
    if token.pos_ in ("NOUN", "PROPN"):
        candidates = prep_objects(token, ("of",))
    else:
        candidates = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return next((c for c in candidates if c.lemma_.lower() in _ENVOYS), None)


def recalled_envoys(draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
    """Aim a recall of envoys at the state they leave ("from Turkey") and, with no one
    named as recalling them, give it to their own state ("the Iraqi ambassador")."""
    token = draft.trigger
    if draft.entry.type != "SANCTION" or token.lemma_.lower() not in _CALLING_HOME:
        return
    envoy = _envoy(draft)
    if envoy is None:
        return
    left = prep_objects(token, ("from",)) or prep_objects(envoy, ("from",))
    hosts = _resolve_args(left, mentions)
    if not hosts:
        # "its ambassador to Washington", "its envoy in Kabul": the state posted to
        posted = [_place_actor(p) for p in prep_objects(envoy, ("to", "in"))]
        hosts = [h for h in posted if h is not None]
    if not hosts:
        return
    low, high = envoy.left_edge.idx, envoy.idx + len(envoy)
    own = [r for r in draft.recipients if low <= int(r.get("start", -1)) < high]
    draft.recipients = [r for r in draft.recipients if r not in own] + [
        h for h in hosts if all(h.get("id") != r.get("id") for r in draft.recipients)
    ]
    if not draft.actors:
        home = _home_state(own)
        if home is not None:
            draft.actors = [home]


def _home_state(envoys: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The state whose envoy it is ("the Iraqi ambassador": Iraq), with the envoy's words."""
    for envoy in envoys:
        country = envoy.get("country")
        state = _state_for(str(country)) if country else None
        if state is not None:
            return dict(
                state, text=envoy.get("text"), start=envoy.get("start"), end=envoy.get("end")
            )
    return None


# Words for a state's post abroad.
_MISSIONS = {"embassy", "embassies", "consulate", "consulates", "mission", "missions"}


def own_missions(draft: _Draft) -> None:
    """A state's own embassy is where it acts, not whom it acts on: "Iran reopened its
    embassy in Riyadh" reaches Saudi Arabia, the state it is in (or no one named)."""
    # (a state's own: not "protesters stormed its embassy", whose embassy it is not)
    countries = {a.get("country") for a in draft.actors if a.get("type") == "state"}
    own = [
        r
        for r in draft.recipients
        if told_as_own(r)
        and str(r.get("text", "")).lower().split()[-1] in _MISSIONS
        and countries
        and (r.get("country") is None or r.get("country") in countries)
    ]
    if not own:
        return
    hosts: list[dict[str, Any]] = []
    for token in draft.trigger.sent:
        if token.lower_ in _MISSIONS and any(
            int(r.get("start", -1)) <= token.idx < int(r.get("end", -1)) for r in own
        ):
            placed = [_place_actor(p) for p in prep_objects(token, ("in",))]
            hosts.extend(h for h in placed if h is not None)
    kept = [r for r in draft.recipients if r not in own]
    draft.recipients = kept + [h for h in hosts if all(h.get("id") != r.get("id") for r in kept)]
