"""Whether a word names an event ("the attack", "the vote", "the assassination"):
the anchor of "two days after X", and the owner of a date written on it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from annalyst.nlp.time.words import _words

if TYPE_CHECKING:
    from spacy.tokens import Token


_TIME_NOUNS: Final = _words(
    "day days week weeks month months year years decade decades century morning afternoon"
    " evening night midnight noon dawn dusk sunset sunrise weekend hour hours minute minutes"
    " time period season spring summer autumn fall winter today yesterday tomorrow moment"
    " date deadline"
)
_EVENT_NOUNS: Final = _words(
    """
    attack strike airstrike raid assault bombing bombardment blast explosion killing
    assassination murder massacre ambush shelling clash fighting battle war invasion offensive
    operation incursion siege coup uprising revolution revolt protest demonstration rally riot
    march sit-in vote election referendum poll ballot inauguration funeral burial meeting talks
    summit visit trip tour conference negotiation call speech statement announcement decision
    ruling verdict trial hearing agreement deal accord ceasefire truce treaty signing sanction
    arrest detention release kidnapping abduction execution withdrawal pullout deployment
    resignation dismissal appointment earthquake flood fire crash incident event ceremony
    celebration session debate approval launch test collapse fall capture liberation takeover
    handover shooting stabbing hijacking escalation exchange swap disaster storm outbreak death
    departure arrival return victory defeat win loss slaying downing shootdown crackdown
    blockade seizure closure ban embargo boycott barrage salvo retaliation response reprisal
    occupation annexation evacuation skirmish firefight gunfight ouster overthrow shutdown
    lockdown curfew blackout pact interview ultimatum warning threat expiry publication
    report revelation leak
    """
)
_NOT_EVENT: Final = _words(
    """
    government parliament department apartment document equipment environment element
    instrument monument segment management establishment building morning evening thing king
    ring wing string spring ceiling something anything nothing everything offspring clothing
    housing funding beijing nation station population position institution constitution
    administration organization organisation coalition opposition commission foundation
    federation union region
    """
)


def _eventive(tok: Token) -> bool:
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN", "VERB") or tok.ent_type_ in (
        "DATE",
        "TIME",
        "PERSON",
        "GPE",
        "ORG",
        "NORP",
        "LOC",
        "FAC",
        "CARDINAL",
        "MONEY",
        "PERCENT",
    ):
        return False
    if low in _TIME_NOUNS or low in _NOT_EVENT:
        return False
    lemma = tok.lemma_.lower()
    if low in _EVENT_NOUNS or lemma in _EVENT_NOUNS:
        return True
    if lemma in ("attempt", "bid", "plot") and any(
        c.dep_ == "compound" and _eventive(c) for c in tok.children
    ):
        return True  # "the failed coup attempt": the attempt is the coup
    if tok.pos_ == "PROPN":
        return False
    return low.endswith(
        ("tion", "tions", "sion", "sions", "ment", "ments", "ure", "ures", "ade")
    ) or (low.endswith("ing") and len(low) > 5)
