"""Which words of the parse fill an event's actor and recipient slots.

Each trigger word is read in its clause frame (:mod:`annalyst.nlp.syntax`), so that a
verb with no subject of its own still gets one: "vowed to retaliate", "would review the
plan and hold talks", "stormed the office, wounding two guards", "the group that
attacked".

* A verb's **actors** are its logical subjects (active subject, passive "by" agent); its
  **recipients** are its logical objects (object, passive subject), indirect objects
  ("gave the marines rifles") and, by event type, prepositional partners: "on / against /
  targeting" for attacks and pressure, "to / for" for transfers and appeals ("sent arms
  to B", "appealed to B"), "with" for talks and agreements; for demands, the subject of
  the demanded clause ("demanded that B withdraw").
* A noun's actors are its owners ("the US strike", "Iran's attack", "an attack by X");
  the light verb that carries it lends its subject and partners ("X carried out an
  attack on Y", "X held talks with Y").
* A place named with "in / at / near" is the location, never a recipient; a facility is
  its owner ("the US base"). Who each word stands for is decided in
  :mod:`annalyst.nlp.events.referents`; the verbs that carry a noun's act are found in
  :mod:`annalyst.nlp.events.carriers`, and the country an act goes to or holds in, when
  no one else is named, in :mod:`annalyst.nlp.events.hosts`; which prepositional
  phrases name partners, in :mod:`annalyst.nlp.events.partners`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.clause_shapes import left_in_state, left_so, message_sent, speakers_participle
from annalyst.nlp.events.argtables import (
    _ACQUIRING,
    _AGAINST,
    _ANSWERING,
    _BENEFIT_TYPES,
    _CAUSE_PREPS,
    _COMPLEMENT_TYPES,
    _CONTACTING,
    _CONTENT_FRAMES,
    _COUNTED,
    _DONE_TO_NOUNS,
    _ENVOYS,
    _FIGHTING,
    _FREEING,
    _INNER_PARTNER_PREPS,
    _INVOLVING,
    _JUDGED_PREPS,
    _JUDGING,
    _LEAVING_OFFICE,
    _LED_ACTS,
    _LEFT_TALKS,
    _MEETING_TYPES,
    _MOVEMENT_NOUNS,
    _OBJECT_PREPS,
    _OBTAINING,
    _OF_IS_ACTOR,
    _OF_IS_ACTOR_NOUNS,
    _OWN_FORCE_TYPES,
    _PARTIES_REACHED,
    _PENALTIES,
    _PREPS_BY_TYPE,
    _PROSECUTING,
    _PURPOSE_TYPES,
    _REPLYING,
    _SIGNALS,
    _SUFFERING,
    _TELLING,
    _THEME_PREPS,
    _TIME_PREPS,
    _TOPICAL_TYPES,
)
from annalyst.nlp.events.argwords import (
    _AVENGING,
    _BETTERING,
    _GATHERINGS,
    _HELPING_IN,
    _MET_WITH,
    _NAMED_BATTLES,
    _SHARED,
    _aimed_at,
    _battle_called,
    _battle_name,
    _countered_act,
    _defied,
    _fronted_setting,
    _imposed_by,
    _is_city,
    _is_harm_act,
    _is_person_possessor,
    _object_preps,
    _own_side,
    _owners,
    _structure,
    acted_upon,
    blamed_on,
    told_that,
)
from annalyst.nlp.events.carriers import (
    _came_under,
    _carrier,
    _carriers,
    _drawn_by,
    _placed_under,
    _responsibility,
    answer_denied,
    answerable_copula,
)
from annalyst.nlp.events.circumstances import (
    _detaining_state,
    _died_of,
    _grievance_owners,
    _held_responsible,
    _ordered_by,
    _own_force,
    _settled_with,
    forces_moving_themselves,
    gathered,
    moved_forces,
)
from annalyst.nlp.events.descriptions import not_taken, own_state_threatened
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.groups import without_members_of_named
from annalyst.nlp.events.hosts import (
    _HOSTED_MODES,
    _HOSTED_TYPES,
    _REGION_HOSTED_TYPES,
    _beneficiaries,
    _hosts,
    _mission_hosts,
    _places_in,
    _purposes,
    _resolve_places,
)
from annalyst.nlp.events.occasions import journey_setting
from annalyst.nlp.events.one_action import struck_or_toll
from annalyst.nlp.events.partners import (
    _ARRIVING,
    _RETURNING,
    _TAKING,
    _THEME_VERBS,
    _content_recipients,
    _fought_with_killers,
    _joint_owners,
    _participle_partners,
    _parties,
    _partners,
    _prep_partners,
    attributed_doers,
    mediating,
    pressed_by_protest,
)
from annalyst.nlp.events.quoted import outside_its_quotation
from annalyst.nlp.events.referents import (
    KIN,
    _is_person_noun,
    _resolve_args,
    _title_holder,
)
from annalyst.nlp.events.syntax import (
    _TOPIC_VERBS,
    asks_for,
    coordinated_verbs,
)
from annalyst.nlp.events.unnamed import is_instrument_word
from annalyst.nlp.phrase_links import met_doers, misread_clause, nested_prep_objects
from annalyst.nlp.syntax import (
    complement_subjects,
    datives,
    is_passive,
    is_verb,
    logical_objects,
    logical_subjects,
    prep_objects,
)
from annalyst.nlp.syntax_words import ACCUSING, ANSWER_NOUNS, COUNTERING

# What one asks another to give ("asked for Iran's help").
_SOUGHT = {"help", "support", "assistance", "aid", "intervention", "protection", "mediation",
           "backing", "cooperation", "permission", "approval", "consent"}  # fmt: skip


def _answer_word_before(prep: Token) -> bool:
    """A noun of answering right before a preposition the parser hung on the verb before
    it ("summoned the envoy in protest at the bombing")."""
    return prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in ANSWER_NOUNS


def _arguments(draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
    actors: list[Token] = []
    recipients: list[Token] = []
    warned_doers: list[Token] = []  # "warned that X would …": X may be the warner's own
    etype = draft.entry.type
    own = {t.i for t in draft.tokens}
    preps = _PREPS_BY_TYPE.get(etype, ())
    if etype == "ASSAULT" and draft.trigger.lemma_.lower() in _FIGHTING:
        preps = (*preps, "with")  # "clashed with police"
    if draft.trigger.lemma_.lower() == "respond":
        preps = (*preps, "to")  # "would respond to any sanctions imposed by X"
    if draft.trigger.lemma_.lower() == "set" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "fire" for c in draft.trigger.children
    ):
        preps = (*preps, "to")  # "set fire to the consulate"
    if draft.entry.mode == "visit" and draft.trigger.lemma_.lower() in _ARRIVING:
        preps = (*preps, "in")  # "arrived in Washington": the host the visit reaches
    if draft.entry.mode == "host":
        preps = tuple(p for p in preps if p != "to")  # "welcomed X to Amman": the host's city
    if any(t.lemma_.lower() in _AVENGING for t in draft.tokens):
        preps = (*preps, "for")  # "retaliated for the Israeli strike"
    if draft.entry.mode == "expel" and not any(
        o.lemma_.lower() in _ENVOYS for t in draft.tokens for o in logical_objects(t)
    ):  # forces expelled from a country leave a place ("diplomats from Sweden": Sweden's)
        preps = tuple(p for p in preps if p != "from")
    for token in draft.tokens:
        if is_verb(token):
            retold = token.i != draft.trigger.i and token.dep_ in ("relcl", "acl")
            # "called Lavrov to discuss Syria", "visited Cairo to apologise": the caller
            # does the act, and whom the call or visit reached is its partner
            # (not a clause with its own subject: "met X on Monday, a day after Warsaw
            # vetoed the budget" is Warsaw's veto)
            contact = (
                token.dep_ in ("advcl", "xcomp")
                and token.head.lemma_.lower() in _CONTACTING
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            )
            if contact:
                actors.extend(t for t in logical_subjects(token.head) if t.i not in own)
                recipients.extend(t for t in logical_objects(token.head) if t.i not in own)
            elif not retold:  # "a strike …, which killed": "which" is the strike itself
                # (not the forces sent: "ordered troops to guard the port" moves them)
                sent_forces = etype in _OWN_FORCE_TYPES and token.i != draft.trigger.i
                # ("accused X of shelling a camp, killing 14": the toll hangs on the
                # charge's verb, whose subject is the accuser, not the doer)
                charged_toll = (
                    token.i != draft.trigger.i
                    and token.dep_ == "advcl"
                    and token.head.lemma_.lower() in ACCUSING
                    and token.head.i not in own
                )
                # ("received a phone call from X": the one who received it is reached)
                drawing = any(
                    (d := _drawn_by(t)) is not None and d.i == token.i for t in draft.tokens
                )
                # ("announced that it had struck X, vowing to …": the announcer vows;
                # "cleared the roads, leaving dozens detained": the clearers detain)
                said_with = speakers_participle if draft.entry.verbal else left_so
                sent_with = message_sent(token) if draft.entry.verbal else None
                if not sent_forces and not drawing and not charged_toll:
                    doers = logical_subjects(sent_with or said_with(token) or token)
                    actors.extend(t for t in doers if t.i not in own)
                actors.extend(_detaining_state(token, etype, mentions))
            sending = message_sent(token) if draft.entry.verbal else None
            if sending is not None:
                # "sent a letter to the head of WHO threatening to cut funding": the
                # words reach whom the letter went to
                recipients.extend(datives(sending))
                recipients.extend(_prep_partners(sending, ("to",), mentions, etype))
            for subject in logical_subjects(token):
                if subject.i in own:  # "a US drone strike killed": the strike's owners
                    actors.extend(_owners(subject))
            left_talks = prep_objects(token, ("from", "of")) + [
                t for c in token.children if c.lower_ == "out" for t in prep_objects(c, ("of",))
            ]  # ("walked out of")
            for left in left_talks:
                if left.lemma_.lower() in _LEFT_TALKS:
                    # "withdrew from talks with the coalition", "walked out of the
                    # meeting with the mediators": whom the talks were with
                    recipients.extend(_prep_partners(left, ("with",), mentions, etype))
            objects = [t for t in logical_objects(token) if t.i not in own and acted_upon(t)]
            objects += left_in_state(token)
            if not objects and etype == "AGREE":
                objects = prep_objects(token, ("on", "upon"))  # "agreed on a truce with X"
            if not objects and etype == "REQUEST":
                # "asked for Iran's help": whose help is asked for is asked
                objects = [o for o in prep_objects(token, ("for",)) if o.lemma_.lower() in _SOUGHT]
            if not objects and etype == "ACCUSE":
                # "called Britain's ambassador … a very stupid guy": the parser makes the
                # one named the predicative
                objects = [c for c in token.children if c.dep_ == "oprd"]
            if is_passive(token) and any(c.dep_ == "dobj" for c in token.children):
                # "Assad had been granted asylum", "Kyiv was sent tanks": the passive
                # subject receives what the object names
                recipients.extend(objects)
                objects = []
            lemma, mode = token.lemma_.lower(), draft.entry.mode
            if lemma in ("head", "lead") and etype == "CONSULT":
                objects = []  # "headed a delegation to Washington": the visitors' own
            # (not "sent back 2,700 migrants": those deported are acted upon, nor
            # "returned 15 detainees": those freed are; but what is exchanged goes both ways)
            freed = mode == "release" and lemma not in ("exchange", "swap")
            theme = (lemma in _THEME_VERBS or etype in _OWN_FORCE_TYPES) and not (
                mode == "deport" or freed
            )
            gives_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
            if theme and (gives_with or told_that(token)):
                # "provided Egypt with aid", "promised Iraq that …": Egypt, Iraq receive
                theme = etype in _OWN_FORCE_TYPES and gives_with
            if not theme and lemma not in _TOPIC_VERBS:
                # "closed Venezuela's border with Brazil": Brazil, not the border's owner
                partner = bool(prep_objects(token, ("with",)))
                shared = [
                    o
                    for o in objects
                    if o.lemma_.lower() in _SHARED and (partner or prep_objects(o, ("with",)))
                ]
                if etype in _JUDGING:
                    # "condemned the assassination of X": a judged act answers to whoever
                    # did it ("the Israeli strike", "the killing … by Y"), not its victim
                    harms = [o for o in objects if _is_harm_act(o, mentions)]
                    for harm in harms:
                        recipients.extend(_owners(harm))
                        recipients.extend(_imposed_by(harm))
                    if harms and not is_passive(token):
                        # "condemned the attack by Y": the parser hangs "by" on the verb
                        recipients.extend(_prep_partners(token, ("by",), mentions, etype))
                    objects = [o for o in objects if o not in harms]
                recipients.extend(o for o in objects if o not in shared)
                if shared:  # the parser often hangs "with Brazil" on the verb
                    recipients.extend(_prep_partners(token, ("with",), mentions, etype))
            recipients.extend(datives(token))
            verb_preps = preps
            if lemma in COUNTERING and any(_countered_act(o, mentions) for o in objects):
                # "thwart plots against the people", the parser hanging "against" on the
                # verb: whom the plot was against is not met
                verb_preps = tuple(p for p in preps if p not in ("on", "against"))
            recipients.extend(_prep_partners(token, verb_preps, mentions, etype))
            if etype == "REJECT":
                recipients.extend(_defied(token))
            for meant in prep_objects(token, ("as",)):
                if etype == "RETREAT" and lemma in _LEAVING_OFFICE:
                    # "resigned as president of Indonesia": the body whose office is left
                    recipients.extend(_prep_partners(meant, ("of",), mentions, "AGREE"))
                if meant.lemma_.lower() in _SIGNALS:
                    # "sent a carrier group to the Gulf as a warning to Iran"
                    recipients.extend(_prep_partners(meant, ("to",), mentions, etype))
            if theme:
                # "never delivered the jets Turkey had paid for": whoever acquired them
                recipients.extend(
                    c
                    for o in objects
                    for clause in o.children
                    if clause.dep_ == "relcl" and clause.lemma_.lower() in _ACQUIRING
                    for c in clause.children
                    if c.dep_ == "nsubj"
                )
            for word in token.children:
                if word.dep_ in ("ccomp", "xcomp", "oprd") and word.lower_ in _FREEING:
                    # "let free the activists", "found him guilty": the parser makes them
                    # the subject of the word the trigger takes
                    recipients.extend(c for c in word.children if c.dep_ == "nsubj")
            if lemma in _TAKING:
                # "to retake Mosul from Islamic State": whom it is taken from
                recipients.extend(_prep_partners(token, ("from",), mentions, etype))
            # "lifted sanctions on X", "rejected demands from Y", "suspended aid deals
            # with Z", "sent troops to B": the partners of a thing acted upon (what is
            # sent only says where it goes, not whose it is: "a team of paratroopers")
            object_preps = _THEME_PREPS if theme else _object_preps(etype)
            for obj in list(objects):
                if obj.lower_ in _COUNTED or obj.pos_ == "NUM":
                    # "returned dozens of artifacts to X": what is counted carries it
                    objects.extend(prep_objects(obj, ("of",)))
            for obj in objects:
                if (
                    obj.pos_ in ("NOUN", "PROPN")
                    and (obj.i not in mentions or theme)  # ("deployed fighters against X")
                    and _title_holder(obj, mentions) is None  # the named holder is whom
                    and obj.lemma_.lower() not in KIN  # "the son of X": his son
                ):
                    # "discussed the conditions of the Fed": a topic's owner is not met;
                    # "discussed cooperation with Iran" names the other side
                    preps_here = ("with",) if lemma in _TOPIC_VERBS else object_preps
                    if lemma in COUNTERING and _countered_act(obj, mentions):
                        # "thwarted an attack on a checkpoint": what the attack was on is
                        # not met; its doers are (below)
                        preps_here = ()
                    recipients.extend(_prep_partners(obj, preps_here, mentions, etype))
                if obj.pos_ in ("NOUN", "PROPN"):
                    recipients.extend(
                        _participle_partners(obj, mentions, etype, lemma in _RETURNING)
                    )
            if lemma in COUNTERING:
                # "repelled an attack by ADF rebels", "dispersed a march by X": its doers are met
                for obj in logical_objects(token):
                    recipients.extend(met_doers(obj))
            if lemma in ("blame", "pin"):
                # "blaming the attack on rebel groups": the parser hangs "on" on the act
                for obj in logical_objects(token):
                    recipients.extend(_prep_partners(obj, ("on",), mentions, etype))
            if etype in _JUDGING and objects and not is_passive(token):
                # "denied charges by X", "condemned the attack by Y": an active verb has
                # no agent phrase, so the parser hung the object's "by" on the verb
                recipients.extend(_prep_partners(token, ("by",), mentions, etype))
            if theme and not prep_objects(token, ("to", "into")) and not datives(token):
                # "will send food and provide medicine to Sri Lanka", "would not send
                # weapons to Ukraine but would provide aid": coordinated verbs of giving
                # share where it goes
                for other in coordinated_verbs(token):
                    if other.lemma_.lower() in _THEME_VERBS:
                        recipients.extend(_prep_partners(other, ("to",), mentions, etype))
            if theme and not prep_objects(token, ("to", "into")):
                # "sent tents and engineers such as surveyors to Peru": the parser hung
                # the destination deep inside what is sent
                for obj in objects:
                    if obj.pos_ in ("NOUN", "PROPN") and obj.i not in mentions:
                        nested = nested_prep_objects(obj, ("to",))
                        recipients.extend(_partners(token, nested, mentions, etype))
            if etype == "PROTEST" and token.i != draft.trigger.i:
                recipients.extend(pressed_by_protest(token, mentions))
            if etype in _COMPLEMENT_TYPES:
                subjects = complement_subjects(token)
                recipients.extend(subjects)
                if etype == "THREATEN":
                    warned_doers.extend(subjects)
            if etype in _PURPOSE_TYPES:
                # "called for sanctions against China", "mobilized troops for a war
                # against Iraq": the partners of what it is for
                for goal in prep_objects(token, ("for",)):
                    recipients.extend(_prep_partners(goal, _OBJECT_PREPS, mentions, etype))
                    if any(is_verb(c) and c.dep_ in ("acl", "relcl") for c in goal.children):
                        recipients.append(goal)  # "called for Britain to stay"
                # "called for punishing Trump": whom the asked-for act reaches
                recipients.extend(
                    o
                    for prep in token.children
                    if prep.dep_ == "prep"
                    and asks_for(token, prep)
                    # (not "insisted on accompanying X": no act asked of anyone)
                    and (prep.lower_ == "for" or draft.content is not None)
                    for act in prep.children
                    if act.dep_ == "pcomp" and act.tag_ == "VBG"
                    for o in logical_objects(act)
                )
                for clause in token.children:
                    if clause.dep_ == "advcl" and any(
                        w.dep_ == "mark" and w.lower_ == "for" for w in clause.children
                    ):
                        # the parser's other reading: "for" marks a clause with a subject
                        recipients.extend(
                            c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                        )
            continue
        owners = _owners(token) + _held_responsible(token)
        if token.lemma_.lower() in _NAMED_BATTLES:
            # "the Seif al-Quds battle", "the Dawn Harvest offensive": a name no actor
            # bears is what the fighting is called, not who fought it
            owners = [o for o in owners if not _battle_name(o, mentions)]
        if token.lemma_.lower() in _PENALTIES:
            # "lifted the Iran sanctions", "its Russia sanctions": with someone else
            # imposing them, a name before the penalty is whom it targets
            # (not "lifted the US sanctions on Venezuela": the target is named)
            imposer = (bool(actors) or any(c.dep_ == "poss" for c in token.children)) and not (
                prep_objects(token, ("on", "against"))
            )
            targeted = [
                c
                for c in token.children
                if imposer and c.dep_ == "compound" and c.ent_type_ in ("GPE", "NORP", "ORG")
            ]
            recipients.extend(targeted)
            owners = [o for o in owners if o not in targeted]
        if token.lemma_.lower() in _GATHERINGS:
            # "the Vienna talks", "the Geneva conference": where they met, not who
            owners = [o for o in owners if not (o.dep_ == "compound" and _is_city(o))]
        aimed = _aimed_at(token) or (
            token.dep_ == "nsubj" and token.head.lemma_ == "be" and _aimed_at(token.head)
        )
        done_to = (
            etype in ("ASSAULT", "COERCE") and token.lemma_.lower() not in _LED_ACTS
        ) or token.lemma_.lower() in _DONE_TO_NOUNS
        if done_to and not prep_objects(token, ("of",)) and not aimed:
            # "his assassination", "Soleimani's arrest": with no "of" phrase a person
            # who owns the act is the one it was done to ("Israel's bombing": a doer;
            # "Biden's strike was against the PMU": aimed elsewhere, so his own)
            patients = [o for o in owners if o.dep_ == "poss" and _is_person_possessor(o, mentions)]
            recipients.extend(patients)
            owners = [o for o in owners if o not in patients]
        if done_to:
            # "child abductions", "civilian killings": people named before the act are
            # whom it was done to
            victims = [
                o
                for o in owners
                if o.dep_ == "compound" and _is_person_noun(o) and not is_instrument_word(o)
            ]
            victims = [o for o in victims if o.pos_ == "NOUN" and o.i not in mentions]
            recipients.extend(victims)
            owners = [o for o in owners if o not in victims]
            carrier = _carrier(token, draft.entry.light_verbs)
            holders = [*draft.tokens, *([carrier] if carrier is not None else [])]
            if any(c.dep_ == "nsubj" for t in holders for c in t.children):
                # "Israel responded with artillery fire", "X and Y traded artillery fire":
                # the doers' arms, named already
                owners = [o for o in owners if not is_instrument_word(o)]
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "to"
            and token.head.head.lemma_.lower() in _REPLYING
        ):
            # "has not responded to the UN's request": it was made to whoever answers
            recipients.extend(logical_subjects(token.head.head))
        answered = token.head if token.dep_ in ("dobj", "obj") else None
        if (
            answered is not None
            and answered in draft.tokens
            and answered.lemma_.lower() in _ANSWERING
        ):
            # "accepted Erdogan's invitation": whose invitation it is, is answered
            recipients.extend(o for o in owners if o.dep_ == "poss")
            owners = [o for o in owners if o.dep_ != "poss"]
        if (
            etype in ("COERCE", "SANCTION", "REJECT")
            and token.dep_ in ("dobj", "obj")
            and token.head in draft.tokens
            and token.head.i != token.i
        ):
            # "banned a planned rally by Papuan students": whose rally it is, is whom the
            # ban reaches
            recipients.extend(owners)
            owners = []
        actors.extend(owners)
        noun_preps = tuple(dict.fromkeys((*preps, *_OBJECT_PREPS)))
        if etype in _TOPICAL_TYPES and not any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pcomp" for g in c.children)
            for c in token.children
        ):
            # "cooperation on intelligence sharing", "agreement on a prisoner exchange":
            # what it is about, not whom it is with (but "talks on normalising ties with
            # Israel" are with Israel)
            noun_preps = tuple(p for p in noun_preps if p != "on")
        if blamed_on(token) and token.head.i not in own:
            noun_preps = tuple(p for p in noun_preps if p != "on")
        if etype in _OF_IS_ACTOR or token.lemma_.lower() in _OF_IS_ACTOR_NOUNS:
            # (not "took to the streets of Khartoum": where, not who)
            actors.extend(o for o in prep_objects(token, ("of",)) if token.lemma_ != "street")
            noun_preps = tuple(p for p in noun_preps if p != "of")
        elif etype in _OWN_FORCE_TYPES or token.lemma_.lower() in _MOVEMENT_NOUNS:
            # "the withdrawal of troops", "the deployment of 230 soldiers": the force moved,
            # which moves itself when no one else is named ("the pullout of US forces")
            noun_preps = tuple(p for p in noun_preps if p != "of")
        recipients.extend(_prep_partners(token, noun_preps, mentions, etype))
        for name in (c for c in token.children if c.dep_ == "appos"):
            # "an operation, Operation Rah-e-Nijat, against militants": the parser hangs
            # the phrase on the operation's name
            recipients.extend(_prep_partners(name, _AGAINST, mentions, etype))
        inner_preps = _INNER_PARTNER_PREPS.get(etype)
        if inner_preps:
            # "the shipment of water to the Haitian people", "a suspension of air links
            # with 21 countries": the parser hangs the partner on what is acted on
            for thing in prep_objects(token, ("of",)):
                recipients.extend(_prep_partners(thing, inner_preps, mentions, etype))
        recipients.extend(_participle_partners(token, mentions, etype))
        if token.dep_ == "nsubj" and token.head.lemma_.lower() == "be":
            # "the strike was against the PMU forces": the copula carries the partner
            recipients.extend(_prep_partners(token.head, preps, mentions, etype))
        if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
            # "ended mediation efforts with the truckers": the phrase's partners
            recipients.extend(_prep_partners(token.head, noun_preps, mentions, etype))
        under = _came_under(token)
        if under is not None:
            # "convoys came under attack by militants": the convoys are attacked
            recipients.extend(logical_subjects(under))
            actors.extend(prep_objects(token, ("by", "from")))
            actors.extend(prep_objects(under, ("by", "from")))
        claimer = _responsibility(token)
        if claimer is not None:
            # "the Taliban claimed responsibility for the attack": the claimed attacker
            # (the status records that it is their claim)
            actors.extend(logical_subjects(claimer))
        copula = answerable_copula(token)
        if copula is not None and not answer_denied(copula):
            # (not "said it was not behind the attack": the attack stands, its doer not)
            # "officials said the Taliban had been behind the bombing": the one said to
            # be behind it (the status records whose word that is)
            actors.extend(t for t in logical_subjects(copula) if t.i not in own)
        placer = _placed_under(token)
        if placer is not None:
            # "she was placed under house arrest", "police put him under arrest": the one
            # placed there undergoes it, whoever placed them does it
            recipients.extend(c for c in placer.children if c.dep_ in ("nsubjpass", "dobj", "obj"))
            if not is_passive(placer):
                actors.extend(logical_subjects(placer))
            continue
        drawer = _drawn_by(token)
        if drawer is not None:
            # "the minister's remarks drew criticism from X", "US forces faced
            # accusations": whoever draws it is its target, "from" names who makes it
            for subject in logical_subjects(drawer):
                # "the killing of X by Y drew condemnation": Y is condemned, not X
                agents = prep_objects(subject, ("by",))
                recipients.extend(agents or [subject])
                if not agents:
                    recipients.extend(c for c in subject.children if c.dep_ == "poss")
            actors.extend(prep_objects(token, ("from", "by")))
            actors.extend(prep_objects(drawer, ("from", "by")))
            continue
        if etype in _JUDGING:
            # "voiced concern over Turkey's detention of journalists": a judged act
            # answers to whoever did it, not to its victims
            for judged in prep_objects(token, _JUDGED_PREPS):
                if _is_harm_act(judged, mentions):
                    recipients.extend(_owners(judged))
        if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in COUNTERING:
            # "dispersed a march by opposition supporters", "by" hung on the verb
            actors.extend(t for t in met_doers(token) if t.i not in own)
        first_verb = misread_clause(token)
        if first_verb is not None:
            # "withdrew from the deal and reimposed sanctions on Iran", the verb misread as
            # an adjective: the first verb's doer does it
            actors.extend(t for t in logical_subjects(first_verb) if t.i not in own)
        verb = _carrier(token, draft.entry.light_verbs)
        if verb is not None:
            # "X carried out an attack on Y", "X held talks with Y", "talks were held".
            actors.extend(t for t in logical_subjects(verb) if t.i not in own)
            recipients.extend(datives(verb))
            recipients.extend(_prep_partners(verb, preps, mentions, etype))
        elif (
            token.dep_ == "pobj"
            and is_verb(token.head.head)
            and token.head.head.i not in own  # "mobilized the army for an assault"
            and token.head.head.lemma_.lower() not in _TELLING
            and token.head.head.lemma_.lower() not in _PROSECUTING
            and token.head.lower_ not in _TIME_PREPS
            and token.head.lower_ not in _CAUSE_PREPS
            # ("summoned the envoy in protest at the bombing": the phrase is the protest's)
            and not _answer_word_before(token.head)
            # ("was targeted during a visit to Iraq": the visit was not done to him)
            and not (
                token.head.lower_ == "during"
                and etype not in ("ASSAULT", "COERCE")
                and token.head.head.lemma_.lower() not in _CONTACTING
            )
            and token.head.head.lemma_.lower() not in _INVOLVING
            and not _fronted_setting(token)
        ):
            # "Soleimani was killed in a strike", "died in an attack by X" (not "informed
            # the US about the attack": the US is told, not attacked)
            governor = token.head.head
            helping = token.head.lower_ == "in" and governor.lemma_.lower() in _HELPING_IN
            if token.head.lower_ == "as" and governor.lemma_.lower() in ("use", "employ"):
                # "used civilians as human shields": whoever uses them does it
                actors.extend(t for t in logical_subjects(governor) if t.i not in own)
            elif helping and not is_passive(governor):
                helpers = [*logical_subjects(governor), *logical_objects(governor)]
                actors.extend(t for t in helpers if t.i not in own)
            elif (
                token.head.lower_ == "with"
                and not actors
                and not is_passive(governor)
                and governor.lemma_.lower() not in ACCUSING
                and not (
                    governor.lemma_.lower() in _MET_WITH
                    and not any(c.dep_ in ("dobj", "obj") for c in governor.children)
                )
            ):
                # "retaliated with missile strikes", "acted to stabilize Iraq with the
                # murder of X": whoever acts with a deed does it
                actors.extend(t for t in logical_subjects(governor) if t.i not in own)
            sufferers = (
                logical_subjects(governor)
                if governor.lemma_.lower() in _SUFFERING and not is_passive(governor)
                else logical_objects(governor)
            )
            if governor.lemma_.lower() in ACCUSING and token.head.lower_ in ("of", "for"):
                # "accused Israel of the sabotage": the accused did not suffer it, and
                # only the accuser says they did it (the accusation records that)
                pass
            elif (token.head.lower_ == "with" and governor.lemma_.lower() in _BETTERING) or helping:
                pass  # "acted to stabilize Iraq with the murder of X": Iraq was not murdered
            elif token.head.lower_ != "for" or governor.lemma_.lower() in _SUFFERING:
                # (not "blamed the factions for the attacks", "arrested him for the
                # killing": who is blamed is not the victim, and only the blamer says
                # they did it)
                recipients.extend(t for t in sufferers if t.i not in own)
        elif (
            token.dep_ == "pobj"
            and (
                setting := journey_setting(
                    token, any(a.pos_ in ("NOUN", "PROPN", "PRON") for a in actors)
                )
            )
            is not None
        ):
            # "General Khalid, who was hit during a state visit to Iraq", "Modi pledged
            # support during a visit to Ramallah", "Ahead of a planned trip to Washington,
            # Kadhimi said …": the one the clause is about visited
            visitors = (
                logical_objects(setting) if is_passive(setting) else logical_subjects(setting)
            )
            actors.extend(t for t in visitors if t.i not in own)
        elif etype in ("ASSAULT", "COERCE") and (died := _died_of(token)) is not None:
            # "died in captivity due to torture", "dies in prison after torture": whoever
            # died suffered it
            recipients.extend(t for t in logical_subjects(died) if t.i not in own)
    parties = _parties(draft)
    if parties and (mediating(draft) or etype in _PARTIES_REACHED):
        # "launched a mediation effort between A and B", "called for talks between A
        # and B": the two sides are whom it reaches
        recipients.extend(parties)
    elif (
        etype in _MEETING_TYPES
        or (etype == "ASSAULT" and draft.trigger.lemma_.lower() in _FIGHTING)
    ) and _resolve_args(parties, mentions):
        # "talks between A and B", "Qatar hosted talks between A and B": the two sides
        # meet; whoever hosts them does not ("clashes between A and B": both fight)
        actors = parties
    for holder in [*draft.tokens, *_carriers(draft)]:
        # "carried out on the direct orders of President X": X is behind the act
        actors.extend(_ordered_by(holder))
    if draft.commander is not None:
        actors = logical_subjects(draft.commander)
    actors.extend(_joint_owners(actors, mentions))
    recipients.extend(_joint_owners(recipients, mentions))
    # "No Americans were killed": no one stands there; "the battle of Seif al-Quds": a
    # name the fighting is called by
    recipients = [
        t
        for t in recipients
        if not any(d.lower_ == "no" for d in t.children) and not _battle_called(t, mentions)
    ]
    if etype == "CONCEDE":
        obtainer = next(
            (v for v in [*draft.tokens, *_carriers(draft)] if v.lemma_.lower() in _OBTAINING),
            None,
        )
        if obtainer is not None:
            # "to extract concessions from Iran", "won concessions from the government":
            # the one it is obtained from concedes, to the one who obtains it
            givers = [p for t in [obtainer, *draft.tokens] for p in prep_objects(t, ("from",))]
            actors, recipients = givers, logical_subjects(obtainer)
    met = draft.trigger.head
    if draft.trigger.dep_ == "nsubjpass" and met.lemma_.lower() in COUNTERING:
        # "the march was dispersed by police": the police met it, they did not march
        meeting = {t.i for t in logical_subjects(met)}
        actors = [t for t in actors if t.i not in meeting]
    laid = attributed_doers(draft) if etype == "ASSAULT" else []
    if laid or (not actors and etype == "ASSAULT"):
        # "a car bomb attributed to al-Shabaab": al-Shabaab, as others say (not the
        # bomb); "two militants were killed in clashes with security forces": the other
        # side of the fight killed them
        foes = laid or _fought_with_killers(draft)
        actors = foes
        recipients = [t for t in recipients if t.i not in {f.i for f in foes}]
    actors = actors or moved_forces(draft, mentions)  # "US troops were deployed to Syria"
    # "no group has claimed the attack": no one
    actors = [
        t
        for t in actors
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        and not outside_its_quotation(draft.trigger, t)
    ]
    found_doers = [a for a in _resolve_args(actors, mentions) if not _structure(a)]
    draft.actors = without_members_of_named(found_doers, draft.trigger.doc)
    if not draft.actors:
        draft.actors = forces_moving_themselves(draft, mentions) or gathered(draft, mentions)
    taken = {str(a["id"]) for a in draft.actors}
    missions: list[dict[str, Any]] = []
    if etype in _BENEFIT_TYPES or etype == "AGREE":  # troops or money sent or pledged
        recipients, missions = _mission_hosts(recipients)
    recipients = [t for t in recipients if not _own_force(t, taken, mentions)]
    found = [r for r in _resolve_args(recipients, mentions) if not_taken(r, taken, draft)]
    if warned_doers:
        found = [r for r in found if not _own_side(r, warned_doers, draft.actors)]
    if missions:
        draft.hosts = [m for m in missions if str(m["id"]) not in taken][:1]
        found = [*draft.hosts, *found]
    if not found and etype in _CONTENT_FRAMES and draft.entry.mode != "deny":
        # (a denial answers whoever made the claim, not whom the claim is about)
        # "threatened to cut ties with B", "refused to lift sanctions on B": whoever the
        # act in the content clause would reach
        inner = [
            t
            for t in _content_recipients(draft, mentions)
            if not _own_force(t, taken, mentions) and not _battle_called(t, mentions)
        ]
        found = [r for r in _resolve_args(inner, mentions) if str(r["id"]) not in taken]
    if not found and etype == "PROTEST":
        # "went on strike in response to GE's decision", "over Chile's fuel tax":
        # whoever made what is protested
        grievances = _resolve_args(_grievance_owners(draft, mentions), mentions)
        found = [r for r in grievances if str(r["id"]) not in taken]
    if not found and etype == "CONCEDE":
        # "called off the strike after reaching an agreement with the government": the
        # other side of the settlement is whom the concession answers
        settled = _resolve_args(_settled_with(draft), mentions)
        found = [r for r in settled if str(r["id"]) not in taken]
    if not found and (etype in _BENEFIT_TYPES or etype == "AGREE"):
        # "gave 5 million euros to help Peru recover", "deployed soldiers to train
        # Malian forces", "pledged $60 million to help the army": whoever the purpose
        # clause says is helped
        helped = _resolve_args(
            [t for t in _beneficiaries(draft) if not _own_force(t, taken, mentions)], mentions
        )
        found = [r for r in helped if str(r["id"]) not in taken]
    if not found and etype == "AID":
        # "gave 350 million euros to promote investment in Ethiopia", "allocated funds
        # to address the needs of people in Yemen": the country the purpose is in
        places = [p for clause in _purposes(draft) for p in _places_in(clause)]
        hosts = [a for a in _resolve_places(places) if str(a["id"]) not in taken]
        found = hosts[:1]
        draft.hosts = found
    if not found and (etype in _HOSTED_TYPES or draft.entry.mode in _HOSTED_MODES):
        # "sent troops to the peacekeeping force in South Sudan", "imposed a curfew in
        # parts of Budapest": with no one else named, the country hosting a deployment,
        # a delivery or a restriction is who it reaches (a place, not its location only)
        regions = etype in _REGION_HOSTED_TYPES or draft.entry.mode in _HOSTED_MODES
        # (not the actor's own country: "Chile's president sent the army to Araucania")
        own_countries = {str(a["country"]) for a in draft.actors if a.get("country")}
        hosts = [
            a
            for a in _hosts(draft, regions=regions)
            if str(a["id"]) not in taken
            and not (etype == "MOBILIZE" and a.get("country") in own_countries)
        ]
        found = hosts[:1]
        draft.hosts = found
    if not found and etype == "ASSAULT":
        # "fired rockets at cities in Saudi Arabia": the state whose sites were hit
        struck = _hosts(draft, targets_only=True, regions=True)
        hosts = [a for a in struck if str(a["id"]) not in taken]
        found = hosts[:1]
        draft.hosts = found
    found = [r for r in found if not own_state_threatened(r, draft)]
    draft.recipients = without_members_of_named(struck_or_toll(found, draft), draft.trigger.doc)
    # "last month's Negev Summit ushered in …": the act's own name is no one taking part
    at = draft.trigger.idx
    draft.actors = [a for a in draft.actors if not a.get("start", at + 1) <= at < a.get("end", at)]
    draft.recipients = [
        r for r in draft.recipients if not r.get("start", at + 1) <= at < r.get("end", at)
    ]
