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
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from annalyst.ingest.dates import as_date
from annalyst.knowledge.events import (
    EventLexicon,
    EventOntology,
    Trigger,
    load_lexicon,
    load_ontology,
)
from annalyst.nlp.actors import ResolvedMention, resolved_mentions
from annalyst.schema import Event, PlaceRef, actor_ref

_SUBJECT_DEPS = {"nsubj", "csubj"}
_OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
_PASSIVE_SUBJ = {"nsubjpass"}
_RECIPIENT_PREPS = {
    "on",
    "against",
    "at",
    "upon",
    "targeting",
    "of",
    "into",
    "toward",
    "towards",
    "over",
}
_PARTNER_PREPS = {"with"}
_LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "off",
    "throughout",
    "within",
}
_PARTNER_TYPES = {"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "REJECT", "CONCEDE"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_MODAL_AUX = {"would", "could", "might", "may", "should"}
_INTENT_VERBS = {
    "plan",
    "intend",
    "vow",
    "pledge",
    "aim",
    "prepare",
    "threaten",
    "promise",
    "seek",
    "want",
    "expect",
    "hope",
    "decide",
    "agree",
    "consider",
    "propose",
}
_NEG_GOVERNORS = {"deny", "refute", "dismiss", "reject"}
_NEG_WORDS = {"not", "n't", "never", "no"}
_REPORT_VERBS = {
    "say",
    "tell",
    "claim",
    "state",
    "announce",
    "report",
    "allege",
    "add",
    "confirm",
    "reveal",
    "insist",
    "assert",
    "maintain",
    "warn",
    "stress",
    "note",
    "argue",
    "accuse",
    "write",
    "tweet",
    "declare",
    "explain",
    "believe",
    "suggest",
    "indicate",
    "acknowledge",
    "admit",
    "describe",
    "charge",
}
# Verbal acts whose content (the thing asked, agreed, threatened, refused) is not a
# separate event.
_CONTENT_TYPES = {"REQUEST", "AGREE", "THREATEN", "REJECT", "CONCEDE"}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}
_ALLEGED = {"reportedly", "allegedly", "purportedly", "supposedly"}
# Facilities whose owner is the recipient ("the US base", "the Saudi embassy").
_FACILITIES = {
    "base": "MIL",
    "airbase": "MIL",
    "camp": "MIL",
    "convoy": "MIL",
    "convoys": "MIL",
    "position": "MIL",
    "positions": "MIL",
    "outpost": "MIL",
    "garrison": "MIL",
    "headquarters": "MIL",
    "troops": "MIL",
    "forces": "MIL",
    "embassy": "GOV",
    "consulate": "GOV",
    "mission": "GOV",
    "compound": "GOV",
}


@dataclass
class _Draft:
    trigger: Token
    entry: Trigger
    tokens: list[Token] = field(default_factory=list)  # every trigger token merged in
    actors: list[dict[str, Any]] = field(default_factory=list)
    recipients: list[dict[str, Any]] = field(default_factory=list)
    location: dict[str, Any] | None = None
    status: str = "asserted"
    claimed_by: dict[str, Any] | None = None
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None


def _mention_index(doc: Doc, mentions: Sequence[ResolvedMention]) -> dict[int, ResolvedMention]:
    """Token index → the actor mention covering it."""
    index: dict[int, ResolvedMention] = {}
    for mention in mentions:
        if mention.actor is None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            # The outer mention (a role phrase) wins over a name nested in it.
            index.setdefault(token.i, mention)
    return index


class EventExtractor:
    """The `annalyst_events` spaCy component."""

    def __init__(self, lexicon: EventLexicon, ontology: EventOntology) -> None:
        self.lexicon = lexicon
        self.ontology = ontology

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = [self._as_dict(d) for d in self.extract(doc)]
        return doc

    # ------------------------------------------------------------------ drive

    def extract(self, doc: Doc) -> list[_Draft]:
        published = as_date(doc._.published)
        mentions = _mention_index(doc, resolved_mentions(doc))
        places = [p for p in (doc._.places or []) if isinstance(p, dict)]
        quotes = (
            [q for q in (doc._.quotes or []) if isinstance(q, dict)]
            if Doc.has_extension("quotes")
            else []
        )
        times = _find_times(doc, published)
        drafts: list[_Draft] = []
        for sent in doc.sents:
            found = self._absorb(self._merge(self._triggers(sent)))
            for draft in found:
                self._arguments(draft, mentions)
                if not draft.actors and not draft.recipients and not self._episodic(draft, times):
                    continue  # no one acts, nothing dates it: opinion, analysis, generic talk
                if draft.entry.stative and not draft.actors:
                    continue
                if self._anaphoric(draft, drafts):
                    continue  # "the attack", "the strike": an event already reported
                draft.location = self._location(draft, places)
                self._status(draft, quotes, mentions)
                self._time(doc, draft, times, drafts)
                drafts.append(draft)
        return drafts

    def _triggers(self, sent: Span) -> list[_Draft]:
        found = []
        for token in sent:
            if token.pos_ not in ("VERB", "NOUN", "PROPN", "AUX") or (
                token.is_stop and token.pos_ != "VERB"
            ):
                continue
            entries = self.lexicon.match_token(token)
            if entries:
                found.append(_Draft(token, entries[0], [token]))
        return found

    def _merge(self, drafts: list[_Draft]) -> list[_Draft]:
        """One event per action: a verb whose subject or object is a trigger of the same
        family ("a US drone strike killed …"), or a light verb with its noun, is one event."""
        if len(drafts) < 2:
            return drafts
        by_token = {d.trigger.i: d for d in drafts}
        absorbed: set[int] = set()
        for draft in drafts:
            token = draft.trigger
            linked = list(token.children)
            for child in token.children:
                if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "in", "with"):
                    linked.extend(c for c in child.children if c.dep_ == "pobj")
            for child in linked:
                other = by_token.get(child.i)
                if other is None or child.i in absorbed or other is draft:
                    continue
                if child.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS | _PASSIVE_SUBJ | {
                    "compound",
                    "amod",
                    "pobj",
                }:
                    keep, drop = _prefer(draft, other)
                    if keep.entry.type != drop.entry.type and not _same_family(
                        keep.entry, drop.entry
                    ):
                        continue
                    keep.tokens.extend(t for t in drop.tokens if t not in keep.tokens)
                    absorbed.add(drop.trigger.i)
                    if keep is other:
                        absorbed.add(draft.trigger.i)
                        if token not in other.tokens:
                            other.tokens.append(token)
        return [d for d in drafts if d.trigger.i not in absorbed]

    def _absorb(self, drafts: list[_Draft]) -> list[_Draft]:
        """Fold into one event what reports a single action: "struck the base, killing
        two soldiers" (the participle's victims are the strike's); and drop what a
        verbal act only mentions as its content: the thing requested, agreed to,
        threatened or refused ("asked the US to carry out air strikes")."""
        by_token = {d.trigger.i: d for d in drafts}
        gone: set[int] = set()
        for draft in drafts:
            token = draft.trigger
            head = token.head
            if head is token:
                continue
            owner = by_token.get(head.i)
            if (
                owner is not None
                and owner is not draft
                and token.tag_ == "VBG"
                and token.dep_ in ("advcl", "xcomp", "conj", "acl")
                and owner.entry.type == draft.entry.type
                and owner.entry.quad.startswith("material")
            ):
                owner.tokens.extend(t for t in draft.tokens if t not in owner.tokens)
                gone.add(token.i)
                continue
            # The content of a request, promise, threat or refusal is not an event yet.
            for ancestor in list(_ancestors(token))[:3]:
                governor = by_token.get(ancestor.i)
                if governor is None or governor is draft:
                    continue
                denial = governor.entry.type == "REJECT" and governor.entry.mode == "deny"
                if (
                    governor.entry.type in _CONTENT_TYPES
                    and not denial
                    and token.dep_
                    in (
                        "xcomp",
                        "ccomp",
                        "pobj",
                        "dobj",
                        "advcl",
                    )
                ):
                    gone.add(token.i)
                break
        return [d for d in drafts if d.trigger.i not in gone]

    @staticmethod
    def _anaphoric(draft: _Draft, earlier: Sequence[_Draft]) -> bool:
        token = draft.trigger
        if token.pos_ not in ("NOUN", "PROPN") or draft.actors or draft.recipients:
            return False
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)
        return definite and any(e.entry.type == draft.entry.type for e in earlier)

    # ------------------------------------------------------------ arguments

    def _arguments(self, draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
        actors: list[Token] = []
        recipients: list[Token] = []
        etype = draft.entry.type
        for token in draft.tokens:
            is_noun = token.pos_ in ("NOUN", "PROPN")
            for child in token.children:
                dep = child.dep_
                if dep in _SUBJECT_DEPS:
                    if child.i in {t.i for t in draft.tokens}:
                        # "a US drone strike killed": the strike's owner is the actor
                        actors.extend(_owners(child))
                    else:
                        actors.append(child)
                elif dep == "agent":
                    actors.extend(c for c in child.children if c.dep_ == "pobj")
                elif dep in _OBJECT_DEPS or dep in _PASSIVE_SUBJ:
                    if child.i not in {t.i for t in draft.tokens}:
                        recipients.append(child)
                elif dep == "prep":
                    prep = child.lower_
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if prep == "by" and is_noun:
                        actors.extend(objects)
                    elif prep in _RECIPIENT_PREPS and prep not in _LOCATIVE_PREPS - {"at"}:
                        recipients.extend(o for o in objects if not _is_place_token(o, mentions))
                    elif prep in _PARTNER_PREPS and etype in _PARTNER_TYPES:
                        recipients.extend(objects)
                    elif prep == "at" or prep in _LOCATIVE_PREPS:
                        recipients.extend(o for o in objects if _is_facility(o))
                elif (
                    is_noun
                    and dep in ("poss", "compound", "amod", "nmod")
                    and child.i not in {t.i for t in draft.tokens}
                    and (child.i in mentions or dep == "poss")
                ):
                    actors.append(child)
            # Light verbs: "X carried out an attack", "X imposed sanctions", "X held talks".
            if is_noun and token.dep_ in _OBJECT_DEPS and token.head.pos_ in ("VERB", "AUX"):
                head = token.head
                for child in head.children:
                    if child.dep_ in _SUBJECT_DEPS:
                        actors.append(child)
                    elif child.dep_ == "agent":
                        actors.extend(c for c in child.children if c.dep_ == "pobj")
                    elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS | (
                        _PARTNER_PREPS if etype in _PARTNER_TYPES else set()
                    ):
                        recipients.extend(c for c in child.children if c.dep_ == "pobj")
            # Passive nominal subject of a noun trigger's verb: "Soleimani was killed in a strike".
            if is_noun and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
                verb = token.head.head
                for child in verb.children:
                    if child.dep_ in _PASSIVE_SUBJ:
                        recipients.append(child)
        if not actors:
            # "Hezbollah fighters crossed into Israel, killed three soldiers and captured
            # two others": a coordinated or participial verb shares its head's subject.
            verb = draft.trigger
            for _ in range(3):
                if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head is verb:
                    break
                verb = verb.head
                subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
                if subjects:
                    actors.extend(subjects)
                    break
        draft.actors = _resolve_args(actors, mentions)
        draft.recipients = [r for r in _resolve_args(recipients, mentions) if r not in draft.actors]

    @staticmethod
    def _episodic(draft: _Draft, times: Sequence[Any]) -> bool:
        """A particular happening rather than a general statement: the trigger's clause is
        in the past or dated ("protests spread on Thursday", "the 2011 protests")."""
        token = draft.trigger
        sent = token.sent
        if any(sent.start_char <= getattr(t, "start", -1) < sent.end_char for t in times):
            return True
        verb = (
            token
            if token.pos_ in ("VERB", "AUX")
            else next((a for a in _ancestors(token) if a.pos_ in ("VERB", "AUX")), None)
        )
        if verb is None:
            return False
        tags = {verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))}
        return bool(tags & {"VBD", "VBN"}) and not any(c.dep_ == "neg" for c in verb.children)

    def _location(self, draft: _Draft, places: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
        if not places:
            return None
        sent = draft.trigger.sent
        doc = draft.trigger.doc
        argument_words = {a.get("text") for a in draft.actors + draft.recipients}

        def usable(place: dict[str, Any]) -> bool:
            span = doc.char_span(place["start"], place["end"], alignment_mode="expand")
            if span is None or place.get("text") in argument_words:
                return False  # "Tehran would retaliate": the actor, not the place
            # "the US embassy", "Iranian-backed": a modifier names an owner, not a place.
            return span.root.dep_ not in ("compound", "amod", "poss", "nmod")

        inside = [p for p in places if sent.start_char <= p["start"] < sent.end_char and usable(p)]
        if not inside:
            return None
        # A place attached to the trigger (or to its object) by a locative preposition first.
        attached: list[dict[str, Any]] = []
        for token in draft.tokens:
            heads = [token, *[c for c in token.children if c.dep_ in _OBJECT_DEPS | _PASSIVE_SUBJ]]
            for head in heads:
                for child in head.subtree:
                    if child.dep_ == "pobj" and child.head.lower_ in _LOCATIVE_PREPS | {
                        "on",
                        "to",
                        "from",
                    }:
                        for place in inside:
                            if place["start"] <= child.idx < place["end"]:
                                attached.append(place)
        if attached:
            candidates = attached
        elif draft.entry.quad.startswith("material"):
            # A deed happens somewhere named in its sentence; a statement's place must
            # be attached to it ("said in Baghdad"), or we do not know where it was made.
            candidates = [p for p in inside if p.get("precision") != "country" or len(inside) == 1]
        else:
            candidates = []
        if not candidates:
            return None
        best = min(
            candidates,
            key=lambda p: (
                {"site": 0, "city": 1, "region": 2, "country": 3}.get(p.get("precision", ""), 4),
                abs(p["start"] - draft.trigger.idx),
            ),
        )
        return best

    # -------------------------------------------------------------- status

    def _status(
        self, draft: _Draft, quotes: Sequence[dict[str, Any]], mentions: dict[int, ResolvedMention]
    ) -> None:
        token = draft.trigger
        chain = list(_ancestors(token))
        # Negation on the trigger or the verb it depends on, or under "deny".
        verb = (
            token
            if token.pos_ in ("VERB", "AUX")
            else next((t for t in chain if t.pos_ == "VERB"), token)
        )
        if (
            any(c.lower_ in _NEG_WORDS and c.dep_ == "neg" for c in verb.children)
            or any(c.dep_ == "neg" for c in token.children)
            or any(t.lemma_.lower() in _NEG_GOVERNORS for t in chain[:3])
        ):
            draft.status = "negated"
        elif _conditional(verb):
            draft.status = "hypothetical"
        elif _future(verb, chain):
            draft.status = "future"
        # Claims: inside a quote, a clause reported by someone, or "according to".
        for quote in quotes:
            if quote.get("start", 0) <= token.idx < quote.get("end", 0):
                draft.claimed_by = quote.get("speaker") or None
                if draft.status == "asserted":
                    draft.status = "claimed"
                return
        for ancestor in chain:
            if ancestor.lemma_.lower() in _REPORT_VERBS and ancestor.pos_ in ("VERB", "AUX"):
                speaker = next((c for c in ancestor.children if c.dep_ in _SUBJECT_DEPS), None)
                found = _resolve_args([speaker], mentions) if speaker is not None else []
                draft.claimed_by = found[0] if found else None
                if draft.status == "asserted":
                    draft.status = "claimed"
                return
        sent = token.sent
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                source = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
                found = _resolve_args(source, mentions)
                draft.claimed_by = found[0] if found else None
                if draft.status == "asserted":
                    draft.status = "claimed"
                return
        if draft.status == "asserted" and any(c.lower_ in _ALLEGED for c in verb.children):
            draft.status = "claimed"

    # ---------------------------------------------------------------- time

    def _time(
        self, doc: Doc, draft: _Draft, times: Sequence[Any], earlier: Sequence[_Draft]
    ) -> None:
        if not times:
            return
        from annalyst.nlp.time import time_for

        found = None
        for token in [draft.trigger, *[t for t in draft.tokens if t is not draft.trigger]]:
            # "killed three years ago in a US drone strike": any word of the action dates it.
            found = time_for(doc, token, times)
            if found is not None:
                break
        if found is None:
            # "escaped unharmed early on Sunday when a drone struck his residence": a
            # when-clause happens at the time of the clause it depends on.
            verb = draft.trigger if draft.trigger.pos_ in ("VERB", "AUX") else None
            if (
                verb is not None
                and verb.dep_ == "advcl"
                and any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in verb.children)
            ):
                found = time_for(doc, verb.head, times)
        if found is None:
            return
        anchor = getattr(found, "anchor", None)
        if anchor is not None and found.date is None:
            # "two days after the attack": the date of that earlier event, shifted.
            from annalyst.nlp.time import resolve_anchor

            head = doc.char_span(anchor.anchor_start, anchor.anchor_end, alignment_mode="expand")
            for other in reversed(earlier):
                if not other.date or other.date_precision is None:
                    continue
                inside = any(anchor.anchor_start <= t.idx < anchor.anchor_end for t in other.tokens)
                same_word = head is not None and head.root.lemma_ in {
                    t.lemma_ for t in other.tokens
                }
                same_kind = head is not None and any(
                    e.type == other.entry.type
                    for e in self.lexicon.by_lemma(head.root.lemma_, "NOUN")
                )
                if inside or same_word or same_kind:
                    shifted = resolve_anchor(anchor, other.date, other.date_precision)  # type: ignore[arg-type]
                    if shifted is not None:
                        draft.date, draft.date_precision = shifted
                        draft.date_text = found.text
                    return
            return
        if found.date is None:
            return
        draft.date = found.date
        draft.date_precision = found.precision
        draft.date_text = found.text

    # -------------------------------------------------------------- output

    def _as_dict(self, draft: _Draft) -> dict[str, Any]:
        entry = draft.entry
        sent = draft.trigger.sent
        trigger_text = " ".join(t.text for t in sorted(draft.tokens, key=lambda t: t.i))
        confidence = entry.confidence * (1.0 if draft.actors and draft.recipients else 0.8)
        return {
            "trigger": draft.trigger.text,
            "trigger_text": trigger_text,
            "trigger_start": draft.trigger.idx,
            "trigger_spans": [
                [t.idx, t.idx + len(t.text)] for t in sorted(draft.tokens, key=lambda t: t.i)
            ],
            "sentence": sent.text,
            "sentence_start": sent.start_char,
            "event_type": entry.type,
            "mode": entry.mode,
            "quad": entry.quad,
            "cameo": entry.cameo,
            "intensity": entry.intensity,
            "actors": draft.actors,
            "recipients": draft.recipients,
            "date": draft.date,
            "date_precision": draft.date_precision,
            "date_text": draft.date_text,
            "location": draft.location,
            "status": draft.status,
            "claimed_by": draft.claimed_by,
            "confidence": round(confidence, 3),
        }


# ------------------------------------------------------------------ helpers


def _prefer(a: _Draft, b: _Draft) -> tuple[_Draft, _Draft]:
    """Which of two triggers of one action carries the event: the one with a mode
    (the weapon), else the noun ("strike" over "killed"), else the first."""
    if (a.entry.mode is None) != (b.entry.mode is None):
        return (a, b) if a.entry.mode is not None else (b, a)
    if (a.trigger.pos_ == "NOUN") != (b.trigger.pos_ == "NOUN"):
        return (a, b) if a.trigger.pos_ == "NOUN" else (b, a)
    return (a, b) if a.trigger.i < b.trigger.i else (b, a)


def _same_family(a: Trigger, b: Trigger) -> bool:
    """Triggers of different types that still report one action ("launched an attack")."""
    return a.quad == b.quad and a.quad.startswith("material")


def _owners(token: Token) -> list[Token]:
    """Who owns a nominal trigger: its possessor or actor modifiers ("the US drone strike")."""
    out = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _expand(token: Token) -> list[Token]:
    """A head with its coordinated conjuncts ("Iran and Iraq")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_expand(child))
    return out


def _resolve_args(
    tokens: Iterable[Token | None], mentions: dict[int, ResolvedMention]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for token in tokens:
        if token is None:
            continue
        for head in _expand(token):
            actor = _actor_for(head, mentions)
            if actor is None:
                continue
            for one in [actor, *actor.pop("also", [])]:
                if str(one["id"]) not in seen:
                    seen.add(str(one["id"]))
                    out.append(one)
    return out


def _actor_for(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    if head.lower_ == "who" and head.head.dep_ == "relcl":
        # "Soleimani and al-Muhandis, who were killed …": the relative's antecedent.
        antecedents = _expand(head.head.head)
        named = [a for a in (_actor_for(t, mentions) for t in antecedents) if a is not None]
        return named[0] if len(named) == 1 else (dict(named[0], also=named[1:]) if named else None)
    if head.pos_ == "PRON" and head.lower_ in (
        "it",
        "they",
        "he",
        "she",
        "its",
        "their",
        "his",
        "her",
    ):
        # "Kataib Hezbollah denied that it had attacked …": the subject of the clause above.
        for ancestor in _ancestors(head):
            subject = next(
                (c for c in ancestor.children if c.dep_ in _SUBJECT_DEPS and c.i != head.i), None
            )
            if subject is not None and subject.i in mentions:
                found = mentions[subject.i]
                if found.actor is not None:
                    return dict(found.actor, text=head.text)
        return None
    # "Hezbollah fighters", "IRGC commandos": members act for the named organisation.
    for child in head.children:
        if child.dep_ in ("compound", "poss") and child.i in mentions:
            owner = mentions[child.i]
            if (
                owner.actor is not None
                and owner.actor.get("type") in ("organization", "group")
                and not str(owner.actor["id"]).startswith("~agent:")
                and head.lemma_.lower() in _MEMBERS
            ):
                return dict(owner.actor, text=f"{owner.text} {head.text}")
        if child.dep_ == "poss" and child.pos_ == "PRON":
            # "struck his residence": the owner named earlier in the sentence.
            earlier = [
                m
                for i, m in mentions.items()
                if i < child.i and i >= head.sent.start and m.actor is not None
            ]
            wanted = "person" if child.lower_ in ("his", "her") else None
            for m in reversed(earlier):
                if m.actor is not None and (wanted is None or m.actor.get("type") == wanted):
                    return dict(m.actor, text=m.text)
    mention = mentions.get(head.i)
    if mention is not None and mention.actor is not None:
        actor = dict(mention.actor, text=mention.text)
        # "Israeli jets", "American warplanes": weapons act for their state.
        if (
            str(actor["id"]).startswith("~agent:")
            and head.lemma_.lower() in _PLATFORMS
            and actor.get("country")
        ):
            state = _state_for(str(actor["country"]))
            if state is not None:
                return dict(state, text=mention.text)
        return actor
    facility = _FACILITIES.get(head.lower_)
    # "the US base": the owner of a base, embassy or convoy is the recipient.
    for child in head.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in mentions:
            owner = mentions[child.i]
            if owner.actor is None:
                continue
            actor = dict(owner.actor, text=owner.text)
            if facility and actor.get("type") == "state":
                country = actor.get("country")
                return {
                    "id": f"~agent:{country}:{facility.lower()}",
                    "name": f"{owner.text} {head.text}",
                    "text": f"{owner.text} {head.text}",
                    "country": country,
                    "sectors": [facility],
                    "type": "group",
                }
            return actor
    # A mention inside the argument's own words ("the head of the Iraqi delegation").
    for token in head.subtree:
        if token.i in mentions and abs(token.i - head.i) <= 6:
            mention = mentions[token.i]
            if mention.actor is not None:
                return dict(mention.actor, text=mention.text)
    return None


_MEMBERS = {
    "fighter",
    "militant",
    "member",
    "commando",
    "gunman",
    "unit",
    "force",
    "cadre",
    "operative",
    "soldier",
    "troop",
    "guard",
    "officer",
    "official",
    "leader",
    "commander",
    "supporter",
    "loyalist",
}
_PLATFORMS = {
    "jet",
    "warplane",
    "aircraft",
    "plane",
    "drone",
    "bomber",
    "helicopter",
    "warship",
    "ship",
    "missile",
    "rocket",
    "artillery",
    "tank",
    "gunboat",
    "submarine",
    "fighter-bomber",
}


def _state_for(country: str) -> dict[str, Any] | None:
    state = _states().get(country)
    return dict(state) if state is not None else None


@lru_cache(maxsize=1)
def _states() -> dict[str, dict[str, Any]]:
    from annalyst.knowledge.actors import KnowledgeBase

    return {
        str(a.country): a.ref()
        for a in KnowledgeBase.load().actors.values()
        if a.type == "state" and a.country
    }


def _is_facility(token: Token) -> bool:
    return token.lower_ in _FACILITIES and any(
        c.dep_ in ("poss", "compound", "amod") for c in token.children
    )


def _is_place_token(token: Token, mentions: dict[int, ResolvedMention]) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") and token.i not in mentions


def _ancestors(token: Token) -> Iterable[Token]:
    current = token
    for _ in range(12):
        if current.head is current:
            return
        current = current.head
        yield current


def _conditional(verb: Token) -> bool:
    if any(c.lower_ in _MODAL_AUX and c.dep_ == "aux" for c in verb.children):
        return any(t.lower_ in ("if", "unless") for t in verb.sent)
    for ancestor in [verb, *_ancestors(verb)][:3]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in ancestor.children):
            return True
    return False


def _future(verb: Token, chain: Sequence[Token]) -> bool:
    if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in verb.children):
        return True
    # "will send a delegation to meet …": a purpose or coordinated clause shares the tense.
    if (
        verb.dep_ in ("xcomp", "advcl", "conj")
        and verb.head is not verb
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        head = verb.head
        if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in head.children):
            return True
    if any(c.lower_ == "going" for c in verb.children) or (
        verb.head.lower_ == "going" and verb.dep_ == "xcomp"
    ):
        return True
    # "plans to strike", "vowed to retaliate": an intended act.
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENT_VERBS


def _find_times(doc: Doc, published: date | None) -> list[Any]:
    try:
        from annalyst.nlp.time import find_times
    except ImportError:  # the time module ships with the events stage
        return []
    return list(find_times(doc, published))

    return None


# ------------------------------------------------------------------ records


def event_records(article_id: str, doc: Doc) -> list[Event]:
    """The `event` records the `annalyst_events` component left on a document."""
    out = []
    for data in doc._.events or []:
        key = f"{article_id}:{data['trigger_start']}:{data['event_type']}"
        location = data.get("location")
        out.append(
            Event(
                id=hashlib.sha256(key.encode()).hexdigest()[:16],
                article_id=article_id,
                sentence=data["sentence"],
                sentence_start=data["sentence_start"],
                trigger=data["trigger"],
                event_type=data["event_type"],
                mode=data["mode"],
                quad=data["quad"],
                cameo=data["cameo"],
                intensity=float(data["intensity"]),
                actors=[actor_ref(a) for a in data["actors"]],
                recipients=[actor_ref(a) for a in data["recipients"]],
                date=data["date"],
                date_precision=data["date_precision"],
                date_text=data["date_text"],
                location=None
                if location is None
                else PlaceRef(
                    name=location["name"],
                    text=location["text"],
                    lat=location["lat"],
                    lon=location["lon"],
                    country=location.get("country"),
                    geonameid=location.get("geonameid"),
                ),
                status=data["status"],
                claimed_by=actor_ref(data["claimed_by"]) if data.get("claimed_by") else None,
                confidence=float(data["confidence"]),
            )
        )
    return out


if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


@Language.factory("annalyst_events", default_config={"lexicon_files": []})
def make_event_extractor(nlp: Language, name: str, lexicon_files: list[str]) -> EventExtractor:
    from pathlib import Path

    lexicon = load_lexicon([Path(p) for p in lexicon_files]) if lexicon_files else load_lexicon()
    return EventExtractor(lexicon, load_ontology())


__all__ = ["EventExtractor", "asdict", "event_records"]
