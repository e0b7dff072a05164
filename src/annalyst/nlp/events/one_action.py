"""One action told with two words is one event: two verbs of one type and one subject
("attacked an army base and killed 26 soldiers"), a purpose that is the act itself ("sent
a delegation to meet them", "summoned the envoy to lodge a complaint"), a toll told
before the noun of the act ("killed four and wounded six in an ambush"), the means or a
relative clause of a deed ("targeted the base by launching missiles", "a strike, which
killed …")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from annalyst.knowledge.events import Trigger
from annalyst.nlp.clause_shapes import described_subject_before
from annalyst.nlp.events.argwords import _structure
from annalyst.nlp.events.carriers import _carrier
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.selection import _same_family
from annalyst.nlp.events.syntax import _PASSIVE_SUBJ, _SUBJECT_DEPS, _ancestors
from annalyst.nlp.events.triggers import in_what_verb
from annalyst.nlp.syntax import is_passive, logical_objects
from annalyst.nlp.syntax_words import TOLL_VERBS

# Verbs that tell the toll of an attack told just before: the same action, not another.
_RESULTS = TOLL_VERBS
# Verbs of scattering a crowd: the force used to do it is the same act.
_DISPERSING = {"disperse", "break", "scatter", "clear"}

_GOING_ON = {"continue", "keep", "resume"}


def _coordinated(drafts: list[_Draft]) -> list[_Draft]:
    """One action told with two verbs of one type and one subject is one event:
    "attacked an army base and killed 26 soldiers", "sent a delegation to meet them",
    "targeted the base by launching missiles", "a strike, which killed …", "an air strike
    in which two officers were killed"."""
    by_token = {d.trigger.i: d for d in drafts}
    owner_of = {t.i: d for d in drafts for t in d.tokens}
    gone: set[int] = set()
    for draft in drafts:
        token = draft.trigger
        verb_told = in_what_verb(token) if token.pos_ == "NOUN" else None
        named = owner_of.get(verb_told.i) if verb_told is not None else None
        if named is not None and named is not draft and _same_family(named.entry, draft.entry):
            # "were killed in what the army called a terrorist attack": one act
            named.take_words(draft)
            gone.add(token.i)
            continue
        # ("… were killed when their vehicle hit a roadside bomb": the verb whose object
        # the bomb is tells the killing again)
        carrying = (
            [token.head]
            if token.pos_ == "NOUN"
            and token.dep_ in ("dobj", "nsubj")
            and token.head.dep_ == "advcl"  # (a "when" clause, see _told_again)
            and _carrier(token, draft.entry.light_verbs) is None  # (not "launched an operation")
            else []
        )
        told = next(
            (
                found
                for verb in [*draft.tokens, *carrying]
                if verb.pos_ in ("VERB", "AUX")
                and (verb in draft.tokens or verb.i not in owner_of)
                and (found := _told_again(verb, draft, owner_of)) is not None
            ),
            None,
        )
        if told is not None and told.trigger.i in gone:
            # (told again of an act already folded into another: "killed and three
            # wounded when …": that other one)
            told = next(
                (d for d in drafts if d.trigger.i not in gone and told.trigger in d.tokens), None
            )
        if told is not None and told is not draft:
            told.take_words(draft)
            gone.add(token.i)
            continue
        recall = owner_of.get(token.head.head.i) if _for_consultations(token) else None
        if recall is not None and recall is not draft and recall.trigger.i not in gone:
            # "recalled its ambassador for consultations": why the envoy is called home,
            # the recall itself
            recall.tokens.append(token)
            gone.add(token.i)
            continue
        if token.pos_ not in ("VERB", "AUX"):
            continue
        # "will send a delegation to Baghdad to meet officials": the purpose of a visit
        # is the visit
        purpose = _is_purpose(token)
        going_on = token.head if token.dep_ == "xcomp" else None
        if (
            going_on is not None
            and going_on.lemma_.lower() in _GOING_ON
            and going_on.dep_ == "conj"
        ):
            # "supported and continue supporting ISIS", "shelled and kept shelling": one act
            first = by_token.get(going_on.head.i)
            if first is not None and first.trigger.lemma_ == token.lemma_:
                if first.trigger.i not in gone:
                    first.take_words(draft)
                    gone.add(token.i)
                continue
        # "blocked highways, demanding the repeal of the laws": what protesters demand
        # while they protest is the protest's cause, one act
        # (also hung on the protest's noun: "began a strike demanding better pay")
        # (and what is discussed at a meeting is the meeting: "spoke by phone, discussing
        # the war")
        demanding = (
            token.dep_ in ("advcl", "acl")
            and token.tag_ == "VBG"
            and draft.entry.type in ("REQUEST", "CONSULT")
        )
        if token.dep_ != "conj" and not purpose and not demanding:
            continue
        toll = (
            token.dep_ == "conj"
            and token.tag_ == "VBN"
            and token.lemma_.lower() in _RESULTS
            and token.head.lemma_.lower() in _RESULTS
            and is_passive(token.head)
        )  # "two soldiers were killed and three wounded": one toll, its victims its own
        if not toll and any(c.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJ for c in token.children):
            continue  # a subject of its own: another actor's act
        if described_subject_before(token) is not None:
            continue  # ("after gunmen loyal to the regime ambushed …": the gunmen's act)
        head = by_token.get(token.head.i)
        if head is None and purpose and token.dep_ == "acl":
            # "sent a delegation to Cairo to meet officials": the purpose hangs on the
            # thing sent
            head = by_token.get(token.head.head.i) if token.head.dep_ in ("dobj", "obj") else None
        if head is None and (purpose or demanding):
            # "held talks with X to discuss the crisis", "went on strike to protest …",
            # "began a strike demanding …": the purpose hangs on the light verb that
            # carries the act's noun
            head = next(
                (
                    d
                    for d in drafts
                    if d is not draft
                    and d.trigger.pos_ == "NOUN"
                    and (
                        (d.trigger.head.i == token.head.i and d.trigger.dep_ in ("dobj", "obj"))
                        or (d.trigger.dep_ == "pobj" and d.trigger.head.head.i == token.head.i)
                    )
                ),
                None,
            )
        carried = False
        if (
            head is None
            and token.dep_ == "conj"
            and not any(c.dep_ in ("neg", "aux", "auxpass") for c in token.children)
        ):
            # "sit at the negotiating table with Iran and discuss …": the second verb goes
            # on with the act the first one carries (not "… but did not meet them")
            head = next(
                (
                    d
                    for d in drafts
                    if d is not draft
                    and (c := _carrier(d.trigger, d.entry.light_verbs)) is not None
                    and c.i == token.head.i
                ),
                None,
            )
            carried = head is not None
        if head is None or head.trigger.i in gone:
            continue
        same = (
            head.entry.type == draft.entry.type
            or (
                # "fired tear gas to break up protests": force used to disperse is one act
                purpose
                and token.lemma_.lower() in _DISPERSING
                and _same_family(head.entry, draft.entry)
            )
            or (
                # "summoned the ambassador to protest against the incident": the summons is
                # the protest (a state's protest, read as a complaint later); "set fire to
                # the embassy to protest the burning": the deed is how they protested
                purpose
                and token.lemma_.lower() in ("protest", "complain", "denounce")
                and (head.entry.type == "ACCUSE" or head.entry.quad.startswith("material"))
            )
            or (
                # "marched to demand higher pensions", "blocked highways, demanding …",
                # "blocked highways to protest new laws": the protest's cause, one act
                (purpose or demanding)
                and head.entry.type == "PROTEST"
                and draft.entry.type in ("REQUEST", "ACCUSE", "REJECT")
            )
        )
        # ("blocked roads and burned tyres": what protesters do together is one protest)
        protesting = token.dep_ == "conj" and head.entry.type == draft.entry.type == "PROTEST"
        if same and (
            purpose or carried or demanding or protesting or token.lemma_.lower() in _RESULTS
        ):
            head.take_words(draft)
            gone.add(token.i)
    for draft in drafts:
        if draft.trigger.i in gone:
            continue
        carrier = (
            _carrier(draft.trigger, draft.entry.light_verbs)
            if draft.trigger.pos_ == "NOUN"
            else None
        )
        if (
            carrier is not None
            and carrier.lemma_.lower() in _CONVEYING
            and _is_purpose(carrier)
            and carrier.i > carrier.head.i
        ):
            # "summoned the envoy to express displeasure": the purpose of the act is it
            first = by_token.get(carrier.head.i)
            if _joinable(first, draft, gone):
                assert first is not None
                first.take_words(draft)
                gone.add(draft.trigger.i)
                continue
        done_in_protest = _in_protest_at(draft, by_token, gone)
        if done_in_protest is not None:
            # "walked out of parliament in protest at …": the walkout is the protest; "set
            # fire to the embassy in protest": the deed is how they protested
            # ("suspended aid in protest": the suspension, a deed on something, stays)
            deed = done_in_protest.entry.type in ("ASSAULT", "COERCE", "PROTEST") or any(
                c.dep_ in ("dobj", "obj") for c in done_in_protest.trigger.children
            )
            keeper, kept = (done_in_protest, draft) if deed else (draft, done_in_protest)
            keeper.take_words(kept)
            gone.add(kept.trigger.i)
            continue
        for verb in _results_joined(draft):
            # "killed four soldiers and wounded six in an ambush": the toll told before
            # the ambush's own verb is the ambush's too
            first = by_token.get(verb.head.i)
            if _joinable(first, draft, gone):
                assert first is not None
                draft.take_words(first)
                gone.add(first.trigger.i)
    return [d for d in drafts if d.trigger.i not in gone]


def _in_protest_at(draft: _Draft, by_token: dict[int, _Draft], gone: set[int]) -> _Draft | None:
    """The act a protest noun says was done "in protest" ("walked out in protest at the
    decision"), if it is an event of its own."""
    noun = draft.trigger
    if noun.lemma_.lower() != "protest" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    if len(draft.tokens) > 1:
        return None  # (already one with another act: "in protest at the harassment")
    act = by_token.get(noun.head.head.i)
    return act if act is not None and act is not draft and act.trigger.i not in gone else None


# Verbs that convey a stance: what an act is done "to express" is that act's content
# ("summoned the envoy to lodge a complaint"), not a second act ("phoned him to arrange
# a meeting" is two).
_CONVEYING = {"express", "voice", "lodge", "register", "convey", "deliver", "file"}


def _joinable(first: _Draft | None, draft: _Draft, gone: set[int]) -> bool:
    """Another event of the same type, still kept, that a draft may be one act with."""
    return (
        first is not None
        and first is not draft
        and first.trigger.i not in gone
        and first.entry.type == draft.entry.type
    )


def _is_purpose(verb: Token) -> bool:
    """A "to" clause of purpose ("sent a delegation to meet them")."""
    return verb.dep_ in ("advcl", "xcomp", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _results_joined(draft: _Draft) -> list[Token]:
    """The toll verbs of a noun's event joined to an earlier verb with no subject of
    their own ("… and wounded six others in an ambush")."""
    if draft.trigger.pos_ != "NOUN":
        return []
    return [
        t
        for t in draft.tokens
        if t.pos_ == "VERB"
        and t.dep_ == "conj"
        and t.lemma_.lower() in _RESULTS
        and not any(c.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJ for c in t.children)
    ]


def _told_again(token: Token, draft: _Draft, owner_of: dict[int, _Draft]) -> _Draft | None:
    """The event a verb only retells: the means of a deed of the same family ("by
    launching"), or a relative clause on the deed ("the strike, which killed")."""
    # "… left several officers dead and injured": climb from a result word to the clause
    while token.dep_ in ("conj", "acomp", "oprd", "ccomp") and token.head.pos_ in ("ADJ", "VERB"):
        if token.head.i == token.i:
            break
        token = token.head
    head = token.head
    when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in token.children)
    # ("a man was killed after a drone targeted his car", "… wounded as soldiers fired":
    # a harm told with no doer, then the deed that did it)
    after = (
        any(c.dep_ == "mark" and c.lower_ in ("after", "as", "when") for c in token.children)
        and head.lemma_.lower() in _RESULTS | {"martyr"}
        and is_passive(head)
        and not any(c.dep_ == "agent" for c in head.children)
    )
    if token.dep_ == "advcl" and (when or after):
        # "was ambushed when a device exploded in his car": the explosion is the ambush
        deed = owner_of.get(head.i)
        if (
            deed is not None
            and deed is not draft
            and deed.entry.quad.startswith("material")
            and _one_deed(deed.entry, draft.entry)
        ):
            return deed
    if token.dep_ == "pcomp" and head.lower_ == "by" and head.head.i != head.i:
        means = owner_of.get(head.head.i)
        if means is not None and means is not draft and _one_deed(means.entry, draft.entry):
            return means
    if token.dep_ in ("relcl", "acl") and draft.entry.verbal and head.i not in owner_of:
        return None  # ("a ceasefire between the two groups, which agreed to …": theirs)
    if token.dep_ in ("relcl", "acl"):
        # the parser may hang the clause on a nearer noun ("a strike ordered by Trump,
        # which killed"): look a few heads up for the deed
        for candidate in [head, *list(_ancestors(head))[:3]]:
            deed = owner_of.get(candidate.i)
            if (
                deed is not None
                and deed is not draft
                # (the deed's noun: "a strike, which killed"; "received a call in which …")
                and (deed.trigger.pos_ in ("NOUN", "PROPN") or candidate.pos_ == "NOUN")
                # "a bomb killed a man who had fought …": a clause on a person the
                # deed verb names tells that person's own act
                and not (candidate.pos_ in ("VERB", "AUX") and _about_a_person(token))
                and _one_deed(deed.entry, draft.entry)
            ):
                return deed
            if candidate.pos_ in ("VERB", "AUX"):
                # "conducted an air operation under Trump's order targeting X": the deed
                # the verb carries
                carried = next(
                    (
                        owner_of[c.i]
                        for c in candidate.children
                        if c.dep_ == "dobj" and c.i in owner_of
                    ),
                    None,
                )
                if (
                    carried is not None
                    and carried is not draft
                    and carried.trigger.pos_ == "NOUN"
                    and _one_deed(carried.entry, draft.entry)
                    # (not "since January, when the US assassinated X": a deed of its own;
                    # but "received a call on Sunday in which the two discussed …" is set
                    # inside the call)
                    and (
                        _set_inside(token)
                        or not any(c.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJ for c in token.children)
                    )
                ):
                    return carried
                if candidate.dep_ not in ("acl", "relcl"):
                    break
    return None


def _set_inside(clause: Token) -> bool:
    """A clause opened by "in which" or "during which": it happened within what it is on."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(g.lower_ == "which" for g in c.children)
        for c in clause.children
    )


def _about_a_person(clause: Token) -> bool:
    return any(c.lower_ in ("who", "whom", "whose") for c in clause.children)


def _one_deed(a: Trigger, b: Trigger) -> bool:
    return a.type == b.type or _same_family(a, b)


def _for_consultations(token: Token) -> bool:
    """ "for consultations" after a verb: the reason an envoy is called home."""
    return (
        token.lemma_.lower() in ("consultation", "consultations")
        and token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and token.head.head.pos_ in ("VERB", "AUX")
    )


def struck_or_toll(found: list[dict[str, Any]], draft: _Draft) -> list[dict[str, Any]]:
    """Whom a deed reached: the people or sites it was aimed at ("stormed Sinjar, killing
    hundreds": Sinjar), else the toll a participle tells ("opened fire on a minibus,
    killing six passengers", "rockets struck the base, killing a contractor": the
    people hit, not a vehicle or a base of no known owner)."""
    toll = [
        (o.left_edge.idx, o.right_edge.idx + len(o.right_edge))
        for t in draft.tokens
        if t.i != draft.trigger.i and t.tag_ == "VBG" and t.lemma_.lower() in _RESULTS
        for o in logical_objects(t)
    ]

    def told_by_toll(actor: dict[str, Any]) -> bool:
        start = int(actor.get("start", -1))
        return any(a <= start < b for a, b in toll)

    def ownerless_site(actor: dict[str, Any]) -> bool:
        return _structure(actor) and not actor.get("country")

    trigger = draft.trigger
    if trigger.lemma_.lower() in _RESULTS and is_passive(trigger):
        # "Three US soldiers were killed … when a drone hit Tower 22, an outpost": the
        # people the toll names were reached, the site hit is where
        victims = [(o.left_edge.idx, o.right_edge.idx + 1) for o in logical_objects(trigger)]
        named = [r for r in found if any(a <= int(r.get("start", -1)) < b for a, b in victims)]
        if named and not any(_structure(r) for r in named):
            return [r for r in found if not _structure(r)]
    aimed = [r for r in found if not told_by_toll(r) and not ownerless_site(r)]
    if toll and aimed:
        return aimed
    if any(not _structure(r) for r in found):
        return [r for r in found if not ownerless_site(r)]
    return found
