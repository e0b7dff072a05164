"""Which words of a sentence report events: finding triggers with the lexicon, merging
the triggers of one action ("a US drone strike killed ..."), absorbing what only
continues or mentions another event, and dropping generic talk and repeated mentions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Token

from annalyst.knowledge.events import Trigger
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.clause_links import writers_note
from annalyst.nlp.clause_shapes import left_so
from annalyst.nlp.events.argtables import DISCONTINUING
from annalyst.nlp.events.argwords import _AVENGING, blamed_on
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.occasions import (
    main_clause_under_time_clause,
    occasion_of_another,
    set_in,
    within_subject,
)
from annalyst.nlp.events.syntax import (
    _OBJECT_DEPS,
    _PASSIVE_SUBJ,
    _SUBJECT_DEPS,
    _ancestors,
    asks_for,
)
from annalyst.nlp.events.unnamed import _is_weapon
from annalyst.nlp.events.warning_kinds import foretells_another
from annalyst.nlp.phrase_links import met_doers, misread_clause
from annalyst.nlp.syntax import is_passive
from annalyst.nlp.syntax_words import COUNTERING, GO_BETWEEN, GO_BETWEEN_VERBS, TOLL_VERBS

_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "both"}
# Verbal acts whose content (the thing asked, agreed, threatened, refused) is not a
# separate event.
_CONTENT_TYPES = {"REQUEST", "AGREE", "THREATEN", "REJECT", "CONCEDE"}
# Verbal acts that respond to something that happened: what they react to is real.
_REACTION_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "CONCEDE", "SANCTION", "COERCE"}
_COMMAND_VERBS = {"order", "instruct", "direct", "command", "tell"}
# Verbs of passing word of something to another side: what they tell of is told as done.
_PASSING_WORD = {"inform", "notify", "brief"}
_OWN_FORCES = {
    "troop",
    "force",
    "soldier",
    "army",
    "military",
    "navy",
    "unit",
    "staff",
    "personnel",
    "diplomat",
    "employee",
    "carrier",
    "fleet",
    "group",
    "ship",
    "warship",
    "brigade",
    "battalion",
    "police",
    "jet",
    "aircraft",
    "ambassador",
    "envoy",
    "embassy",
    "citizen",
}


def _setting_misattached(token: Token, by_token: dict[int, _Draft]) -> list[Token]:
    """An act a verb's object phrase ends with "in" or "during", hung by the parser on a
    word of that phrase that names no act ("detained 25 people suspected of links to IS
    in raids across Istanbul": the detentions were made in the raids)."""
    found: list[Token] = []
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        for word in obj.subtree:
            if (
                word.dep_ == "prep"
                and word.lower_ in ("in", "during")
                and word.head.pos_ == "NOUN"
                and word.head.i not in by_token
                and word.head.i != obj.i
            ):
                found.extend(c for c in word.children if c.dep_ == "pobj" and c.i in by_token)
    return found


def _merge(drafts: list[_Draft]) -> list[_Draft]:
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
            # ("shot dead a teenager during a raid": the killing is done in the raid)
            if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "in", "with", "during"):
                linked.extend(c for c in child.children if c.dep_ == "pobj")
        linked.extend(_setting_misattached(token, by_token))
        # ("The IRGC (IRGC) salvo of missiles struck": the parser makes the salvo a noun
        # in apposition to the subject)
        linked.extend(
            a
            for c in token.children
            if c.dep_ in _SUBJECT_DEPS
            for a in c.children
            if a.dep_ == "appos" and a.i in by_token
        )
        for child in linked:
            other = by_token.get(child.i)
            if other is None or child.i in absorbed or other is draft:
                continue
            if child.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS | _PASSIVE_SUBJ | {
                "compound",
                "amod",
                "pobj",
                "appos",
            }:
                keep, drop = _prefer(draft, other)
                if child.dep_ == "appos" or (child.dep_ == "amod" and child.lower_ in GO_BETWEEN):
                    keep, drop = draft, other  # "Turkish-mediated talks": the talks
                if (
                    child.dep_ == "dobj"
                    and child.i == other.trigger.i
                    and child.lemma_.lower() in draft.entry.requires.object
                ):
                    keep, drop = draft, other  # "banned protests": read for its very object
                elif (
                    child.dep_ == "dobj"
                    and token.lemma_.lower() in other.entry.light_verbs
                    and token.lemma_.lower() not in GO_BETWEEN_VERBS  # ("brokered a truce")
                ):
                    # "approved the sale of F-16 jets": the verb only carries the noun's act
                    other.take_words(draft)
                    absorbed.add(draft.trigger.i)
                    break
                during = child.dep_ == "pobj" and child.head.lower_ == "during"
                if keep.entry.type != drop.entry.type and (
                    not _same_family(keep.entry, drop.entry) or during
                ):
                    continue  # ("arrested 20 people during a protest": two acts)
                if during and not keep.entry.quad.startswith("material"):
                    continue  # ("met Pena Nieto during the G20 summit": a meeting at it)
                if child.dep_ == "pobj" and _answers(draft.entry, other.entry):
                    continue  # "detained suspects in the attack": an act of its own
                if (
                    child.dep_ in _OBJECT_DEPS | _PASSIVE_SUBJ
                    and token.lemma_.lower() in COUNTERING
                ):
                    continue  # "repelled an attack by rebels": the defence is not the attack
                keep.take_words(drop)
                absorbed.add(drop.trigger.i)
                if keep is other:
                    absorbed.add(draft.trigger.i)
                    if token not in other.tokens:
                        other.tokens.append(token)
    return [d for d in drafts if d.trigger.i not in absorbed]


# Types of the measures a sanction is spelled out by ("imposed sanctions on X, freezing
# their assets and banning them from travel").
_MEASURE_TYPES = {"SANCTION", "COERCE"}


def spelled_out(drafts: list[_Draft]) -> list[_Draft]:
    """One sanction with the measures that spell it out: participles with no subject of
    their own after a sanction's verb ("imposed sanctions on X, freezing their assets,
    banning them from withdrawing capital and stripping them of state awards") are that
    sanction, however the parser chains them."""
    by_token = {d.trigger.i: d for d in drafts}
    absorbed: set[int] = set()
    for draft in drafts:
        if draft.entry.type != "SANCTION" or draft.trigger.i in absorbed:
            continue
        verbs = [t for t in draft.tokens if t.pos_ == "VERB"]
        trigger = draft.trigger
        if trigger.pos_ == "NOUN" and trigger.dep_ in _OBJECT_DEPS and trigger.head.pos_ == "VERB":
            verbs.append(trigger.head)  # "imposed sanctions": the verb that carries them
        for verb in verbs:
            for clause in verb.children:
                if clause.dep_ != "advcl" or clause.tag_ != "VBG":
                    continue
                for word in clause.subtree:
                    other = by_token.get(word.i)
                    if (
                        other is None
                        or other is draft
                        or word.tag_ != "VBG"
                        or other.entry.type not in _MEASURE_TYPES
                        or any(c.dep_ in _SUBJECT_DEPS for c in word.children)
                        or (word is not clause and word.dep_ not in ("conj", "advcl"))
                    ):
                        continue
                    if word is clause or word.head in draft.tokens:
                        draft.take_words(other)
                    # (else the parser joined it to a word inside another measure,
                    # "banning them from withdrawing capital … and stripping them": its
                    # subject would be misread, and it is the sanction all the same)
                    absorbed.add(other.trigger.i)
    return [d for d in drafts if d.trigger.i not in absorbed]


def _absorb(
    drafts: list[_Draft], mentions: Mapping[int, ResolvedMention] | None = None
) -> list[_Draft]:
    """Fold into one event what reports a single action: "struck the base, killing
    two soldiers" (the participle's victims are the strike's); and drop what a
    verbal act only mentions as its content: the thing requested, agreed to,
    threatened or refused ("asked the US to carry out air strikes")."""
    by_token = {d.trigger.i: d for d in drafts}
    by_word = {t.i: d for d in drafts for t in d.tokens}  # merged words too ("gave a deadline")
    gone: set[int] = set()
    folded_into: dict[int, _Draft] = {}  # a participle's event → the event it was folded into
    for draft in drafts:
        token = draft.trigger
        head = token.head
        if head.i == token.i:
            continue
        owner = by_token.get(head.i)
        if (
            owner is not None
            and token.dep_ in ("ccomp", "xcomp", "oprd", "acomp")
            and token.lower_ in owner.entry.requires.complement
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children)
        ):
            # "let free the activists": the complement the entry asks for is its word
            owner.tokens.append(token)
            gone.add(token.i)
            continue
        leaving = left_so(token)
        if leaving is not None:
            act = leaving.head if leaving.head.i != token.i else token.head
            left = by_word.get(act.i)
            if left is not None and left is not draft and left.entry.type == draft.entry.type:
                # "exchanged fire, leaving one soldier wounded": the toll of that act,
                # whose victims "leaving" names
                left.take_words(draft)
                left.tokens.append(leaving)
                gone.add(token.i)
                continue
        if owner is None:
            # "carried out strikes, killing dozens": the participle hangs on the light
            # verb that carries the strike.
            owner = next(
                (
                    d
                    for d in drafts
                    if d.trigger.pos_ in ("NOUN", "PROPN")
                    and d.trigger.head.i == head.i
                    and d.trigger.dep_ in ("dobj", "obj")
                ),
                None,
            )
        if owner is None and token.tag_ == "VBG":
            # "a car bomb exploded …, killing nine": the verb is a word of the bomb's event;
            # "fighting broke out, breaking a truce": the act whose happening it tells
            owner = by_word.get(head.i) or next(
                (d for d in drafts if d.trigger.dep_ == "nsubj" and d.trigger.head.i == head.i),
                None,
            )
        if owner is None and token.tag_ == "VBG" and token.dep_ == "acl" and _is_weapon(head):
            # "blew up an explosive device targeting a vehicle": what the weapon was used
            # for is the act it was used in
            used_in = head.head.head if head.dep_ == "pobj" else head.head
            # (not "confronted Israeli missiles targeting the airport": met, another act)
            if head.dep_ in ("dobj", "obj", "pobj") and used_in.lemma_.lower() not in COUNTERING:
                owner = by_word.get(used_in.i)
        if owner is not None and owner.entry.verbal and token.tag_ == "VBG":
            # "accused the RSF of shelling a camp, killing 14": the toll is the charged
            # deed's, whatever word the parser hangs the participle on
            owner = _charged_deed(owner, token, by_token) or owner
        while owner is not None and owner.trigger.i in folded_into:
            owner = folded_into[owner.trigger.i]  # "killing X and wounding Y": one event
        if (
            owner is not None
            and owner is not draft
            and token.tag_ == "VBG"
            and token.dep_ in ("advcl", "xcomp", "conj", "acl")
            and owner.entry.type == draft.entry.type
            and owner.entry.quad.startswith("material")
        ):
            owner.take_words(draft)
            gone.add(token.i)
            folded_into[token.i] = owner
            continue
        # The content of a request, promise, threat or refusal is not an event yet.
        for ancestor in list(_ancestors(token))[:3]:
            governor = by_word.get(ancestor.i)
            if governor is None or governor is draft:
                continue
            denial = governor.entry.type == "REJECT" and governor.entry.mode == "deny"
            if occasion_of_another(token):
                break  # "before his assassination, Sadr had urged …": a time, not content
            if set_in(token, governor.trigger):
                break  # "in the battle of X, he insisted on …": where it was said
            if within_subject(token, ancestor):
                break  # "the minister, in his visit to Washington, would seek …"
            if token.dep_ == "ccomp" and writers_note(ancestor):
                break  # "accused X of rigging the vote, a charge officials rejected"
            if main_clause_under_time_clause(token, ancestor):
                break  # "traded fire on Tuesday, a day after the army declined …"
            if (
                governor.entry.type in _CONTENT_TYPES
                and not denial
                and not (ancestor.i == governor.trigger.i and foretells_another(ancestor, mentions))
                and (
                    token.dep_ in ("xcomp", "ccomp", "pobj", "dobj")
                    # (an infinitive the parser reads as an adverbial clause; not
                    # "urged X to boycott the vote, accusing Y of …": an act of its own)
                    or (token.dep_ == "advcl" and token.tag_ != "VBG")
                    # "gave the forces a deadline to withdraw", "a call to leave"
                    or (
                        token.dep_ in ("acl", "relcl")
                        and (
                            (ancestor.pos_ == "NOUN" and token.head.i == ancestor.i)
                            # "rejected calls by the opposition to resign": the call
                            # the verb answers names what was called for
                            or (
                                token.head.dep_ in ("dobj", "obj")
                                and token.head.head.i == ancestor.i
                                and token.head.lemma_.lower() in _CALLS
                            )
                        )
                        and any(
                            (c.dep_ == "aux" and c.lower_ == "to")
                            or (c.dep_ == "mark" and c.lower_ == "that")  # "the news that"
                            for c in token.children
                        )
                    )
                )
            ):
                if _commands_own_forces(governor, token, mentions or {}):
                    # "ordered its troops to withdraw": the withdrawal is the act, done
                    # by whoever gave the order
                    gone.add(governor.trigger.i)
                    draft.commander = governor.trigger
                    break
                gone.add(token.i)
                governor.content = governor.content or draft.entry
            break
    return [d for d in drafts if d.trigger.i not in gone]


def _charged_deed(
    charge: _Draft, participle: Token, by_token: Mapping[int, _Draft]
) -> _Draft | None:
    """The deed a charge names with "of" or "for" ("accused X of shelling a camp"), when
    a toll participle after it ("…, killing 14") hangs on the charge's verb."""
    if participle.dep_ != "advcl" or participle.lemma_.lower() not in TOLL_VERBS:
        return None
    for prep in charge.trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i < participle.i:
            for deed in prep.children:
                found = by_token.get(deed.i)
                if deed.dep_ in ("pcomp", "pobj") and found is not None:
                    return found
    return None


# Nouns of asking or offering, whose "to" clause is what is asked or offered.
_CALLS = {"call", "demand", "appeal", "request", "plea", "offer", "proposal", "invitation",
          "ultimatum", "pressure", "bid"}  # fmt: skip


def _commands_own_forces(
    governor: _Draft, act: Token, mentions: Mapping[int, ResolvedMention]
) -> bool:
    """An order to one's own forces, staff or diplomats is carried out as their act (not
    "the junta in Niger ordered French troops to leave": an order to another's)."""
    verb = governor.trigger
    if verb.lemma_.lower() not in _COMMAND_VERBS or act.dep_ != "xcomp":
        return False
    forces = [
        c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _OWN_FORCES
    ]
    if not forces:
        return False
    commanders = {
        country
        for s in verb.children
        if s.dep_ == "nsubj" and (country := _country_of_side(s, mentions)) is not None
    }
    theirs = {country for f in forces if (country := _country_of_side(f, mentions)) is not None}
    return not (commanders and theirs and not commanders & theirs)


def _country_of_side(head: Token, mentions: Mapping[int, ResolvedMention]) -> str | None:
    """The country of the side a noun phrase names: its own mention's, or that of the
    state it is "of" or "in" ("the junta in Niger")."""
    words = [head] + [
        o
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("in", "of")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for word in words:
        mention = mentions.get(word.i)
        country = (mention.actor or {}).get("country") if mention is not None else None
        if country:
            return str(country)
    return None


def _answers(outer: Trigger, inner: Trigger) -> bool:
    """An arrest or a trial answers an assault ("detained suspects in the attack"): it
    is not that assault told again."""
    return outer.type == "COERCE" and inner.type == "ASSAULT"


def _nested(drafts: list[_Draft]) -> list[_Draft]:
    """A noun that names an act inside another act's argument is not a second event when
    the act is only wanted, promised, threatened or cancelled ("called for talks",
    "suspended the aid programme"), or when it is the same action told twice ("launched
    air strikes"). A specific past act that another act reacts to keeps its own event:
    "condemned the Houthi attack on Abu Dhabi", "blacklisted X over the killing of
    protesters in 2019" (the attack and the killing happened); a bare "the attack" is
    left to the earlier report of it. The search stops at the noun's clause verb."""
    owner_of = {t.i: d for d in drafts for t in d.tokens}
    gone: set[int] = set()
    for draft in drafts:
        token = draft.trigger
        framing = owner_of.get(token.head.i) if token.dep_ in ("xcomp", "ccomp") else None
        if (
            framing is not None
            and framing is not draft
            and token.lemma_.lower() in framing.entry.requires.complement
        ):
            # "ordered the ambassador to leave the country": the leaving is how the
            # expulsion is told, read into it by its entry
            gone.add(token.i)
            continue
        asked = _asked_for(token, owner_of)
        if asked is not None and asked is not draft and asked.trigger.i not in gone:
            asked.content = asked.content or draft.entry  # "called for punishing Trump"
            gone.add(token.i)
            continue
        wanted = owner_of.get(token.head.i) if token.dep_ in _PASSIVE_SUBJ else None
        if (
            token.pos_ == "NOUN"
            and wanted is not None
            and wanted is not draft
            and wanted.trigger.i == token.head.i
            and wanted.entry.type in _CONTENT_TYPES
            and wanted.trigger.i not in gone
            and not draft.entry.verbal  # ("his calls for … were rejected": calls were made)
        ):
            # "the deployment was requested by Kinshasa", "the ceasefire was rejected by
            # X": what is asked for, agreed or refused is that act's content
            wanted.content = wanted.content or draft.entry
            gone.add(token.i)
            continue
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJ:
            continue
        if misread_clause(token) is not None:
            continue  # "withdrew from the deal and reimposed sanctions" misread: a clause
        via = token.head.lower_ if token.dep_ == "pobj" else None
        for ancestor in _ancestors(token):
            outer = owner_of.get(ancestor.i)
            if (
                outer is None
                and ancestor.pos_ == "VERB"
                and ancestor.dep_ == "xcomp"
                and (framing := owner_of.get(ancestor.head.i)) is not None
                and framing.entry.type in _CONTENT_TYPES
                and not _specific(token)  # ("urged Iran to stop its attacks": real ones)
            ):
                # "promised to lift restrictions on rallies": the act promised was taken
                # into the promise; what it is done to is no act of its own
                outer = framing
            if outer is not None and outer is not draft and outer.trigger.i not in gone:
                # "retaliate against the murder of X by Y", "responded to the attack":
                # what is avenged is an act of its own, not the retaliation told again
                avenged = via in ("for", "against", "to") and (
                    token.head.head.lemma_.lower() in _AVENGING
                )
                answered = _answers(outer.entry, draft.entry)
                # "repelled an attack by rebels": the attack is theirs, met by another
                countered = outer.trigger.lemma_.lower() in COUNTERING
                # ("protested against the Turkish bombardment of Duhok": the bombardment
                # is the protested act, another's)
                protested = (
                    via in ("against", "over")
                    and outer.entry.type == "PROTEST"
                    and draft.entry.type != "PROTEST"
                    and _state_protesting(outer.trigger)
                )
                background = (
                    protested
                    or occasion_of_another(token)
                    # ("informed Baghdad of the US strikes": the strikes were done)
                    or outer.trigger.lemma_.lower() in _PASSING_WORD
                    or avenged
                    or answered
                    or countered
                    or set_in(token, outer.trigger)
                )
                part_of = via == "of" and token.head.head.lemma_.lower() in ("part", "framework")
                # ("suspended the accession talks", "cancelled the visit": the act the
                # outer one is read for is its object, not a second event)
                read_for = (
                    token.dep_ in _OBJECT_DEPS
                    and token.head.i == outer.trigger.i
                    and token.lemma_.lower() in outer.entry.requires.object
                    and outer.entry.type in DISCONTINUING
                )
                if read_for:
                    outer.content = outer.content or draft.entry
                    gone.add(token.i)
                elif (
                    via == "at"
                    and draft.entry.type == "PROTEST"
                    and outer.entry.type in ("COERCE", "ASSAULT")
                ):
                    pass  # "detained 20 students at a protest": the protest was held
                elif part_of or (
                    not background
                    and (
                        outer.entry.type == draft.entry.type
                        or _same_family(outer.entry, draft.entry)
                    )
                ):
                    # ("barred the banks as part of a crackdown": the campaign is the act)
                    # "launched air strikes against X": the strike's words are the launch's
                    outer.take_words(draft)
                    gone.add(token.i)
                elif (
                    outer.entry.type in _CONTENT_TYPES
                    and outer.entry.mode != "apologize"  # an apology is for a past act
                    and not background
                ):
                    outer.content = outer.content or draft.entry  # "called for talks"
                    gone.add(token.i)
                elif (background or outer.entry.type in _REACTION_TYPES) and (
                    _specific(token) or (countered and met_doers(token))
                ):
                    pass  # a real act reacted to, or the reason given for another

                else:
                    gone.add(token.i)
                break
            if ancestor.pos_ in ("VERB", "AUX") or ancestor.dep_ in _SUBJECT_DEPS:
                break
            if ancestor.pos_ == "ADJ" and any(c.dep_ in _OBJECT_DEPS for c in ancestor.children):
                break  # "and reimposed sanctions", the verb read as an adjective: its clause
    return [d for d in drafts if d.trigger.i not in gone]


def _asked_for(token: Token, owner_of: dict[int, _Draft]) -> _Draft | None:
    """The request a gerund is what it asks for ("called for punishing Trump", "appealed
    for lifting the siege"): its content, as a noun would be ("called for the
    punishment of Trump"), not a second event."""
    prep = token.head
    if token.tag_ != "VBG" or token.dep_ != "pcomp":
        return None
    outer = owner_of.get(prep.head.i)
    if outer is None or outer.entry.type != "REQUEST" or not asks_for(outer.trigger, prep):
        return None
    return outer


def _specific(token: Token, told_places: frozenset[str] = frozenset()) -> bool:
    """A noun that names one particular act: it says who, against whom or when ("the
    Houthi attack on Abu Dhabi", "the 2010 raid", "the killing of 148 Shiites"). A place
    that begins a name in ``told_places`` does not make it one ("the Erbil strike" after a
    strike on Erbil)."""
    names = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i]
    place = token.doc[names[0].left_edge.i : names[-1].i + 1].text.lower() if names else ""
    told = bool(place) and any(known.startswith(place) for known in told_places)
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod", "nummod") and (
            child.ent_type_ or child.pos_ in ("PROPN", "NUM")
        ):
            if told and child in names:
                continue
            return True
        if child.dep_ == "poss" and child.lower_ in ("his", "her", "their"):
            return True  # "before his assassination": someone's own, one act
        if (
            child.dep_ == "prep"
            and child.lower_ in ("on", "against", "of", "by", "at", "in")
            and any(c.dep_ == "pobj" for c in child.children)
            and not (child.lower_ == "on" and blamed_on(token))
        ):
            return True
    return False


def _anaphoric(draft: _Draft, earlier: Sequence[_Draft]) -> bool:
    token = draft.trigger
    if token.pos_ not in ("NOUN", "PROPN") or draft.actors or draft.recipients:
        return False
    told_places = frozenset(
        str(e.location.get(key) or "").lower()
        for e in earlier
        if e.location is not None and e.entry.type == draft.entry.type
        for key in ("name", "text")
    )
    if _specific(token, told_places):
        return False  # "the battle of Jurf al-Sakhar", "the 2006 war": its own act
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)
    return definite and any(e.entry.type == draft.entry.type for e in earlier)


def _definite(draft: _Draft) -> bool:
    """A noun trigger with a definite determiner: it may name an act told before."""
    token = draft.trigger
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children
    )


def _unaddressed(draft: _Draft) -> bool:
    """No reported act: an allegation that accuses no one ("what was alleged", "Hussein
    alleged."), a stance towards an ideology with no one it reaches ("has opposed
    Zionism", "supports multilateralism")."""
    if _standing_condition(draft.trigger):
        return True
    if draft.recipients:
        return False
    if draft.entry.verbal and not draft.actors and is_passive(draft.trigger):
        # "the idea has been criticized": words no one says, about no one
        return True
    lemma = draft.trigger.lemma_.lower()
    if draft.entry.type == "ACCUSE" and lemma in ("allege", "allegation", "alleged"):
        # (but "has alleged fraud": a wrong laid at someone's door, unnamed)
        return not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _WRONGS
            for c in draft.trigger.children
        )
    if (
        draft.entry.type == "REQUEST"
        and lemma == "insist"
        and draft.content is None
        and _own_doing(draft.trigger)
    ):
        return True  # "insisted on accompanying a young man": his own resolve, asked of no one
    if draft.entry.type in ("REJECT", "SUPPORT", "ACCUSE", "ASSAULT", "THREATEN"):
        # ("willing to fight US imperialism": a stance, not a fight with anyone)
        objects = [c for c in draft.trigger.children if c.dep_ in ("dobj", "obj")]
        return bool(objects) and all(
            o.pos_ in ("NOUN", "PROPN")
            and o.lower_.endswith("ism")
            and len(o.text) > 5
            and o.lemma_.lower() not in _NOT_IDEOLOGIES
            and o.ent_type_ not in ("PERSON", "ORG", "GPE")
            for o in objects
        )
    return False


# Adjectives of standing under something: "subject to US sanctions".
_STANDING_UNDER = {"subject", "exposed", "vulnerable", "prone", "liable"}


def _standing_condition(trigger: Token) -> bool:
    """ "The bank is subject to US sanctions": a standing condition, not a reported act,
    unless its sentence dates it ("subject to sanctions since 2019")."""
    prep = trigger.head
    if (
        trigger.dep_ != "pobj"
        or prep.lower_ != "to"
        or prep.head.lemma_.lower() not in _STANDING_UNDER
    ):
        return False
    return not any(t.ent_type_ == "DATE" for t in trigger.sent)


# Wrongs an allegation may name without naming who did them ("alleged fraud").
_WRONGS = {"fraud", "rigging", "abuse", "torture", "corruption", "interference", "meddling",
           "irregularity", "violation", "misconduct", "manipulation", "cheating", "collusion",
           "discrimination", "genocide", "crime", "bribery", "embezzlement"}  # fmt: skip
# Words ending like an ideology's name that name none ("rejected the criticism").
_NOT_IDEOLOGIES = {"criticism", "mechanism", "ostracism", "witticism", "euphemism", "tourism",
                   "journalism", "exorcism", "organism"}  # fmt: skip


# Verbs whose object is a topic: what is stressed, discussed or mentioned is talked
# about, not reported as done.
_TALKING = {
    "stress",
    "emphasize",
    "emphasise",
    "highlight",
    "discuss",
    "mention",
    "underline",
    "address",
    "explain",
    "describe",
    "praise",
    "note",
}


def _own_doing(verb: Token) -> bool:
    """Whether what a verb insists "on" is a deed of the insister's own: a gerund with
    no subject of its own ("insisted on accompanying him", not "insisted on Iran
    leaving" or "insisted on the withdrawal")."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "upon")
        and any(
            act.dep_ == "pcomp"
            and act.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "poss", "nsubjpass") for c in act.children)
            for act in prep.children
        )
        for prep in verb.children
    )


def _topic_of_talk(draft: _Draft) -> bool:
    """An unnamed act that is only a topic of talk: "stressed the role of commitment to
    moral values", "discussed cooperation" (a particular act named with its owner or
    its target stays: "discussed the Houthi attack on Abu Dhabi")."""
    token = draft.trigger
    if token.pos_ not in ("NOUN", "PROPN") or _specific(token):
        return False
    for ancestor in list(_ancestors(token))[:4]:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.lemma_.lower() in _TALKING
    return False


def gerund_topic(draft: _Draft) -> bool:
    """An act of no one told as a gerund that is what talks are about ("arrived to
    discuss easing the sanctions", "discussed withdrawing troops"): a topic, not an
    act, whoever it would reach."""
    token = draft.trigger
    return (
        not draft.actors
        and token.tag_ == "VBG"
        and token.dep_ in ("xcomp", "dobj", "obj", "ccomp")
        and token.head.lemma_.lower() in _TALKING
        and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in token.children)
    )


def _episodic(draft: _Draft, times: Sequence[Any]) -> bool:
    """A particular happening rather than a general statement: the trigger's clause is
    in the past or dated ("protests spread on Thursday", "the 2011 protests")."""
    token = draft.trigger
    sent = token.sent
    if token.pos_ in ("NOUN", "PROPN"):
        if _in_time_phrase(token):
            return False  # "since the start of the war": a time, not an act told
        if _unreal_clause(token):
            # "vowed to go on as long as the massacres continue", "willingness to end the
            # war": a time elsewhere in the sentence does not date what is only supposed
            return False
    if any(sent.start_char <= getattr(t, "start", -1) < sent.end_char for t in times):
        return True
    verb = (
        token
        if token.pos_ in ("VERB", "AUX")
        else next((a for a in _ancestors(token) if a.pos_ in ("VERB", "AUX")), None)
    )
    if verb is None:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if (
        verb.i == token.i
        and verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj")
        and verb.head.pos_ == "VERB"
    ):
        verb = verb.head  # "An explosion ripped through a market, killing 15": its tense
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and auxiliaries:
        # a participle's tense is its auxiliaries': "were provided", "has been killed"
        # are past, "are being provided", "will be sent" are not
        return any(a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxiliaries)
    tags = {verb.tag_, *(a.tag_ for a in auxiliaries)}
    return bool(tags & {"VBD", "VBN"})


_TIME_PREPS = {"since", "until", "till", "throughout"}


_SUPPOSING = {"if", "unless", "until", "once", "whenever"}


def _unreal_clause(noun: Token) -> bool:
    """Whether a noun is what a clause of the supposed is about: the object of an
    infinitive or of a modal ("willingness to end the war"), or the subject of a present
    clause of condition or duration ("as long as the massacres continue")."""
    verb = noun.head
    if noun.dep_ == "dobj":
        return any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children)
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and verb.dep_ == "advcl"
        and verb.tag_ in ("VBP", "VBZ")
        and any(
            c.dep_ == "mark"
            and (c.lower_ in _SUPPOSING or (c.lower_ == "as" and verb.head.lower_ == "long"))
            for c in verb.children
        )  # (not "as protests spread": a time, and the tagger's present may be a past)
    )


def _in_time_phrase(noun: Token) -> bool:
    """Whether a noun only says when: "since the start of the war", "until the end of
    the occupation", "throughout the war"."""
    for above in (noun.head, noun.head.head, noun.head.head.head):
        if above.dep_ == "prep" and above.lower_ in _TIME_PREPS:
            return True
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False


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


def _issued(drafts: list[_Draft]) -> list[_Draft]:
    """A demand or a stance told as the content of a text that someone issues is one act
    with the issuing: in "parliament passed a resolution calling for ..." and "issued a
    statement demanding ...", the passing and the text are words of the call (so that a
    date or a reader finds the act at any of them)."""
    from annalyst.nlp.time.governing import ISSUING, TEXTS

    owner = {t.i: d for d in drafts for t in d.tokens}
    gone: set[int] = set()
    for draft in drafts:
        token = draft.trigger
        # ("a bill that requires ...": only a demand; "a law that lifts the ban" is the
        # lifting, an act of its own)
        relative = (
            draft.entry.type == "REQUEST"
            and token.dep_ == "relcl"
            and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in token.children)
        )
        if not ((token.dep_ == "acl" and token.tag_ == "VBG") or relative):
            continue  # ("a resolution calling for", "a bill that requires")
        text = token.head
        verb = text.head
        if (
            text.lemma_.lower() not in TEXTS
            or text.dep_ not in ("dobj", "obj", "nsubjpass")
            or verb.lemma_.lower() not in ISSUING
            or text.i in owner
        ):
            continue
        approval = owner.get(verb.i)
        if approval is not None:
            if (
                draft.entry.type != "REQUEST"
                or approval.entry.type != "SUPPORT"
                or approval.trigger.i != verb.i
            ):
                continue
            # "approved a bill that requires ...": the approval is the bill's demand made
            gone.add(verb.i)
        draft.tokens.extend([verb, text])
        owner.update({verb.i: draft, text.i: draft})
    return [d for d in drafts if d.trigger.i not in gone]


def _told_twice(drafts: list[_Draft]) -> list[_Draft]:
    """One act told twice in an article is one event: a later event of the same type, by
    the very same named actors, on the same date at the same precision, in another
    sentence, that reaches no one the earlier one does not ("Sadrists stormed the Green
    Zone on Monday … the mobs who stormed the Green Zone that evening") joins the earlier
    one. Acts told without a date, or by no named actor, stay apart: nothing says they
    are the same."""
    kept: list[_Draft] = []
    for draft in drafts:
        same = next((e for e in kept if _same_act(e, draft) or _named_again(e, draft)), None)
        if same is None:
            kept.append(draft)
        else:
            same.tokens.append(draft.trigger)
            if not same.recipients:
                same.recipients = draft.recipients
    return kept


def _named_again(earlier: _Draft, later: _Draft) -> bool:
    """ "X and Y, who were killed in a US drone strike, … calling their killings an
    attack": a noun naming, by no one, an act of the same type done to the very same named
    people as an act told before in the sentence names that act again."""
    token = later.trigger
    if earlier.entry.type != later.entry.type or later.actors or token.pos_ != "NOUN":
        return False
    if earlier.trigger.sent.start != token.sent.start or not earlier.actors:
        return False
    reached = {str(a.get("id")) for a in later.recipients}
    if not reached or any(r.startswith("~agent:") for r in reached):
        return False
    return reached <= {str(a.get("id")) for a in earlier.recipients}


def _same_act(earlier: _Draft, later: _Draft) -> bool:
    if earlier.entry.type != later.entry.type or earlier.date is None:
        return False
    if earlier.trigger.sent.start == later.trigger.sent.start:
        return False  # in one sentence, two acts ("stormed the compound and set fire")
    if (earlier.date, earlier.date_precision) != (later.date, later.date_precision):
        return False
    actors = {str(a.get("id")) for a in earlier.actors}
    if not actors or actors != {str(a.get("id")) for a in later.actors}:
        return False
    if any(str(a.get("id")).startswith("~agent:") for a in earlier.actors):
        return False  # "protesters", "gunmen": unnamed, so maybe other people
    reached = {str(a.get("id")) for a in earlier.recipients}
    return {str(a.get("id")) for a in later.recipients} <= reached or not reached


def _carried(drafts: list[_Draft]) -> list[_Draft]:
    """The light verb its entry names joins a nominal trigger's words: "entered the war",
    "launched an offensive", "held talks" are one act, found at either word."""
    owner = {t.i for d in drafts for t in d.tokens}
    for draft in drafts:
        token = draft.trigger
        head = token.head
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or token.dep_ not in ("dobj", "obj")
            or head.i == token.i
            or head.i in owner
            or head.pos_ != "VERB"
            or head.lemma_.lower() not in draft.entry.light_verbs
        ):
            continue
        draft.tokens.append(head)
        owner.add(head.i)
    return drafts


# Heads of subjects that make a protest a state's official one ("the Iraqi government
# protested against …"), not a crowd's.
_OFFICIAL_PROTESTERS = frozenset({"government", "ministry", "embassy", "cabinet", "president",
                                  "presidency", "minister", "foreign"})  # fmt: skip


def _state_protesting(verb: Token) -> bool:
    """Whether a protest verb's subject is a state or its government ("Baghdad protested",
    "the Iraqi government protested"): a protest lodged, whose object is another's act."""
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "GPE" or c.lemma_.lower() in _OFFICIAL_PROTESTERS)
        for c in verb.children
    )
