"""Definite descriptions that refer back to a named actor: "the group" or "the militia"
(the organisation named before), "the militias" and "the rebels" (the several armed
groups, or the armed group, named before), "the country" (the state in view), "the two
leaders" (the two named before)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from annalyst.nlp.actor_words import BODY_NAME_HEADS, HOLDER_TITLES, called_so
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.clause_shapes import charge_phrase
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.unnamed import _agents, _generic, _state_for
from annalyst.nlp.events.words import _with_words
from annalyst.nlp.syntax import logical_subjects
from annalyst.nlp.syntax_words import PROMISING

# Nouns that, as "the group", refer back to an organisation named before.
_GROUP_NOUNS = {"group", "militia", "movement", "organisation", "organization", "faction",
                "outfit", "alliance", "coalition", "bloc", "party", "network", "brigade",
                "company", "firm", "battalion"}  # fmt: skip
# Nouns by which "the society", "the council" refer back to a body whose own name
# has that word ("the Palestinian Prisoners' Society … the society").
_NAME_HEAD_NOUNS = {"society", "council", "committee", "union", "association", "foundation",
                    "observatory", "commission", "institute", "centre", "center", "federation",
                    "league", "syndicate", "agency"}  # fmt: skip
# Group nouns that never stand for a state's own organs.
_NON_STATE_NOUNS = {"militia", "movement", "faction", "outfit", "network", "group"}
_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
_ARMED_GROUP_SECTORS = {"REB", "UAF", "INS", "SEP", "OPP", "PTY", "RAD"}
# Members of an armed group, by which "the rebels" names the group told before.
_ARMED_MEMBERS = {"rebel", "militant", "insurgent", "jihadist", "guerrilla"}


def _previous_sentences(sent: Span, count: int) -> list[Span]:
    out: list[Span] = []
    doc = sent.doc
    start = sent.start
    while len(out) < count and start > 0:
        previous = doc[start - 1].sent
        # (wire copy gives each sentence its own paragraph: a paragraph's end is no
        # new thread)
        out.append(previous)
        start = previous.start
    return out


# Plural nouns by which news refers back to two named sides ("the two leaders").


def _named_as_a_body(actor: dict[str, Any]) -> bool:
    """Whether a provisional organisation's name says it is a body of people."""
    words = str(actor.get("name", "")).split()
    return (
        str(actor.get("id", "")).startswith("~organization:")
        and len(words) >= 2
        and any(w.lower() in BODY_NAME_HEADS and w[:1].isupper() for w in words)
    )


def _named_with(mention: ResolvedMention, head: Token) -> bool:
    """Whether a provisional organisation was named with the noun that refers back to it
    ("the opposition Chadema party … the party"): a name the knowledge base does not hold,
    told as one of that kind."""
    doc = head.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not str((mention.actor or {}).get("id", "")).startswith("~organization:"):
        return False
    kind = head.lemma_.lower()
    # ("the Umoja party" read whole, "the Chadema party" with the name alone, or "the
    # mining company Resolute": the kind told right before the name)
    return (
        span[-1].lemma_.lower() == kind
        or (span.end < len(doc) and doc[span.end].lemma_.lower() == kind)
        or (span.start > 0 and doc[span.start - 1].lemma_.lower() == kind)
    )


def _definite_group(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The organisation "the group" (or "the militia", "the movement") refers back to:
    the nearest named one before it in the sentence or the paragraph's sentences before
    ("raided a Kataib Hezbollah site and detained 14 members of the group")."""
    members = head.lemma_.lower() in _ARMED_MEMBERS and head.tag_ == "NNS"
    own_word = head.lemma_.lower() in _NAME_HEAD_NOUNS
    # (the tagger may take "observatory" for an adjective; as a subject it is the noun)
    noun = head.pos_ == "NOUN" or (own_word and head.dep_ in ("nsubj", "nsubjpass", "dobj"))
    if (head.lemma_.lower() not in _GROUP_NOUNS and not members and not own_word) or not noun:
        return None
    deps = [
        c.dep_
        for c in head.children
        if c.dep_ not in ("punct", "acl", "case") and not charge_phrase(c)
    ]
    if deps != ["det"] or next(head.children).lower_ != "the":
        return None  # "the armed group X", "a group", "the group's leader" are other things

    def named(mention: ResolvedMention | None) -> bool:
        actor = mention.actor if mention is not None else None
        return (
            actor is not None
            and actor.get("type") in ("organization", "group")
            and (
                not str(actor.get("id", "")).startswith("~")
                or _named_as_a_body(actor)
                or (mention is not None and _named_with(mention, head))
            )
            # "the militia", "the movement" is no ministry or army named before it
            and not (
                head.lemma_.lower() in _NON_STATE_NOUNS
                and set(actor.get("sectors") or ()) & _STATE_SECTORS
                and not set(actor.get("sectors") or ()) & _ARMED_GROUP_SECTORS
                # (unless its name says so: "the Wagner Group … the group")
                and head.lemma_.lower() not in str(actor.get("name", "")).lower().split()
            )
            # "the coalition", "the alliance": one that is called so, not any group
            and called_so(actor, head.lemma_.lower())
            # "the society", "the council": one whose name has the word
            and (not own_word or head.lemma_.lower() in str(actor.get("name", "")).lower().split())
            # ("… told The Cradle that the group had handed over …": no outlet)
            and ("MED" not in (actor.get("sectors") or ()) or own_word)
        )

    sent = head.sent
    # (not the one acting on it: "The UN called on the group to reverse …")
    verb = head.head.head if head.dep_ == "pobj" else head.head
    acting = (
        {t.i for s in logical_subjects(verb) for t in s.subtree} if head.dep_ != "nsubj" else set()
    )
    candidates = [mentions.get(i) for i in range(head.i - 1, sent.start - 1, -1) if i not in acting]
    for previous in _previous_sentences(sent, 2):
        candidates.extend(mentions.get(t.i) for t in reversed(previous))
    for mention in candidates:
        if mention is not None and named(mention):
            assert mention.actor is not None
            start = head.left_edge.idx
            actor = _with_words(mention.actor, head.doc, start, head.idx + len(head))
            found = dict(actor, ref_start=mention.start, ref_end=mention.end)
            if head.tag_ != "NNS":
                return found
            if members:
                # "the rebels", "the militants": the members of the armed group named
                sectors = set((mention.actor or {}).get("sectors") or ())
                return found if sectors & _ARMED_GROUP_SECTORS else None
            # "the militias" are the several named together, never one of them alone
            others = _named_beside(mention, mentions, named, head.doc)
            if not others:
                return None
            words = (start, head.idx + len(head))
            return dict(found, also=[_with_words(m.actor or {}, head.doc, *words) for m in others])
    return None


def _named_beside(
    mention: ResolvedMention,
    mentions: dict[int, ResolvedMention],
    named: Callable[[ResolvedMention | None], bool],
    doc: Doc,
) -> list[ResolvedMention]:
    """The other named actors coordinated with a mention ("Kataib Hezbollah and Kataib
    Sayyid al-Shuhada militias")."""
    inside = [i for i, m in mentions.items() if m is mention]
    if not inside:
        return []
    phrase = doc[inside[-1]]
    while phrase.dep_ == "compound" and phrase.head.i != phrase.i:
        phrase = phrase.head  # "… al-Shuhada militias": the phrase the name is part of
    out: list[ResolvedMention] = []
    for head in [phrase, *phrase.conjuncts]:
        for word in doc[head.left_edge.i : head.i + 1]:
            other = mentions.get(word.i)
            if other is None or other is mention or not named(other):
                continue
            if all(other is not seen for seen in out):
                out.append(other)
    return out


# Nouns that, as "the country", refer back to a state named before.
_COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic"}


# Adjectives by which "the … country" is another one than the one in view.
_OTHER_COUNTRY = {"neighbouring", "neighboring", "other", "another", "third", "foreign",
                  "host", "same", "different", "rival", "enemy", "hostile", "target",
                  "donor", "member", "various", "several", "many", "both", "home",
                  "origin", "transit", "destination", "next", "first", "second", "last"}  # fmt: skip


def _definite_country(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The state "the country" refers back to, when the text leaves no doubt: the one
    state named (by its name or its people's) before it in the sentence, else in the
    paragraph's two sentences before ("Iraqi Christians fled the country"). With two
    states in view ("after the US invasion of the country") it stays unresolved."""
    if head.lemma_.lower() not in _COUNTRY_NOUNS or head.pos_ != "NOUN":
        return None
    words = [c for c in head.children if c.dep_ not in ("punct", "case")]
    deps = [c.dep_ for c in words]
    if (
        not deps
        or deps[0] != "det"
        or words[0].lower_ != "the"
        or any(d != "amod" for d in deps[1:])
        or any(c.lower_ in _OTHER_COUNTRY for c in words[1:])
    ):
        # "a country", "the host country", "the two countries", "the neighbouring
        # country" are other things; "the West African country", "the war-torn
        # country" describe the one in view
        return None

    # Who acts on the country is not the country: "troops withdrew from the country",
    # "the US invasion of the country".
    governor = head.head
    while governor.dep_ == "prep" and governor.head.i != governor.i:
        governor = governor.head
    if governor.pos_ in ("VERB", "AUX"):
        doers = [t for s in logical_subjects(governor) for t in s.subtree]
    else:
        doers = [
            t
            for c in governor.children
            if c.dep_ in ("compound", "poss", "amod", "nmod")
            for t in c.subtree
        ]
    skip = {t.i for t in doers}
    sent = head.sent
    found = _countries_in([t for t in sent[: head.i - sent.start] if t.i not in skip], mentions)
    if (
        len(found) > 1
        and governor.dep_ in ("dobj", "obj")
        and governor.head.pos_ in ("VERB", "AUX")
    ):
        # "the Lebanese army said an Israeli drone violated the country's airspace":
        # not the drone's (but "Venezuelan police attacked the country's court": theirs)
        skip |= {t.i for s in logical_subjects(governor.head) for t in s.subtree}
        found = _countries_in([t for t in sent[: head.i - sent.start] if t.i not in skip], mentions)
    if not found:
        for previous in _previous_sentences(sent, 2):
            found = _countries_in(list(previous), mentions)
            if found:
                break
    if len(found) != 1:
        return None
    state = _state_for(found[0])
    if state is None:
        return None
    return _with_words(state, head.doc, head.left_edge.idx, head.idx + len(head))


def _countries_in(tokens: list[Token], mentions: dict[int, ResolvedMention]) -> list[str]:
    """The countries of the actors and peoples named in some words, in order."""
    seen: list[str] = []
    for token in tokens:
        mention = mentions.get(token.i)
        actor = mention.actor if mention is not None else None
        # (a person's nationality is no country in view: "Pope Francis visited Iraq")
        code = actor.get("country") if actor is not None and actor.get("type") != "person" else None
        if code is None and token.ent_type_ == "NORP":  # "Iraqi Christians"
            nationality = _agents().nationality(token.text)
            code = nationality.country if nationality is not None else None
        if code and str(code) not in seen:
            seen.append(str(code))
    return seen


# Organs named by a collective noun the tagger may read as singular ("riot police").
_COLLECTIVE_ORGANS = {"police", "military", "army"}
# Words by which forces are another side's than the state in view ("friendly forces").
_OTHER_SIDES = {"friendly", "foreign", "enemy", "allied", "partner", "local", "rival",
                "opposing", "hostile", "proxy", "coalition", "occupation", "occupying",
                "international", "peacekeeping", "multinational"}  # fmt: skip
# Words for one kind of a state's organ ("the army" is the one of "Malian troops").
_ORGAN_KINDS = {
    "military": "army", "troop": "army", "soldier": "army", "force": "army",
    "policeman": "police", "junta": "government", "authority": "government",
    "regime": "government", "administration": "government",
}  # fmt: skip


def _definite_organ(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The state's organ "the army", "the ministry" or "the junta" stands for, when the
    words name no state: the same kind of organ of a state told before it in the sentence
    or the two before ("Venezuela's foreign ministry summoned … The ministry accused"),
    else that of the one state in view in the sentences before ("Jihadists attacked a
    base near Maiduguri … The army said"). With two states in view it stays unresolved."""
    if head.pos_ != "NOUN":
        return None
    lefts = list(head.lefts)
    bare = (
        (head.tag_ == "NNS" or head.lemma_.lower() in _COLLECTIVE_ORGANS)
        and not any(c.dep_ in ("det", "poss", "nummod") for c in lefts)
        and _agents().sectors_of(head.lemma_.lower()) is not None
    )  # (not "command centres": a place of the military, not its men)
    described = bool(lefts) and lefts[0].lower_ == "the"
    if (
        not (described or bare)
        or any(
            c.dep_ not in ("amod", "compound")
            or not (c.is_lower or (c.is_sent_start and c.text[1:].islower()))
            or c.lower_ in _OTHER_SIDES
            for c in lefts[described:]
        )
        or any(c.dep_ == "prep" for c in head.rights)
    ):
        # "an army", "the Kenyan police", "the army of Mali", "some soldiers" are other
        # things ("soldiers", "security forces": the state's in view)
        return None
    mention = mentions.get(head.i)
    named = [*lefts[described:], head]
    actor = (
        mention.actor
        if mention is not None
        else _generic(" ".join(t.text for t in named), named, head)
    )
    if actor is None or not of_no_country(actor):
        return None
    sectors = set(actor.get("sectors") or ())
    if not sectors or not sectors <= _STATE_SECTORS:
        return None
    sent = head.sent
    before = [sent[: head.i - sent.start], *_previous_sentences(sent, 2)]
    doc = head.doc
    words = (named[0].idx, head.idx + len(head))
    kind = _ORGAN_KINDS.get(head.lemma_.lower(), head.lemma_.lower())
    for span in before:
        told = [
            (m, other)
            for token in reversed(list(span))
            if (m := mentions.get(token.i)) is not None
            and (other := m.actor) is not None
            and other.get("country")
            and other.get("type") in ("organization", "group")
            and _ORGAN_KINDS.get(token.lemma_.lower(), token.lemma_.lower()) == kind
            and set(other.get("sectors") or ()) & sectors
            # ("the junta", "the regime" rule: no government in opposition or exile)
            and not (head.lemma_.lower() in _RULERS and "OPP" in (other.get("sectors") or ()))
        ]
        if told:
            if len({str(other["country"]) for _, other in told}) > 1:
                return None  # "Ethiopian troops and Eritrean soldiers …; the army said"
            mention, other = told[0]
            if mention.text.split()[-1].lower() in _PERSONS_OF_ORGANS:
                # "the Yemeni army spokesman said the naval forces had …": the organ the
                # spokesman speaks for, of the spokesman's country, not the spokesman
                kind_id = str(actor["id"]).split(":", 2)[2]
                country = str(other["country"])
                own = dict(actor, id=f"~agent:{country}:{kind_id}", country=country)
                return _with_words(own, doc, *words)
            return dict(
                _with_words(other, doc, *words), ref_start=mention.start, ref_end=mention.end
            )
    places = [p for p in head.doc._.places or [] if isinstance(p, dict) and p.get("country")]
    # (not the state in view in its own sentence: "Israel accused the government of …"
    # is another state's)
    for span in before[1:]:
        found = _countries_in(list(span), mentions)
        for place in places:  # (the state of a place named is in view too)
            inside = span.start_char <= int(place["start"]) < span.end_char
            if inside and place["country"] not in found:
                found.append(str(place["country"]))
        if found:
            if len(found) != 1:
                return None
            kind = str(actor["id"]).split(":", 2)[2]
            own = dict(actor, id=f"~agent:{found[0]}:{kind}", country=found[0])
            return _with_words(own, doc, *words)
    return None


# Words for those who hold power, never a government in opposition or in exile.
_RULERS = frozenset({"junta", "regime"})

# Last words of the names of people who speak or act for an organ ("the army spokesman").
_PERSONS_OF_ORGANS = HOLDER_TITLES | {"official", "officials", "source", "sources", "officer"}


# Words by which news refers back to the people of a protest told before.
_CROWD_WORDS = {"crowd", "protester", "protestor", "demonstrator", "marcher", "mob",
                "rally", "gathering"}  # fmt: skip
_PEOPLE_SECTORS = {"CVL", "OPP", "LAB", "EDU", "REL"}


def _definite_people(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The people "the crowd" or "the demonstrators" refer back to: the nearest kind of
    people named before them, in the sentence or the two before ("Thousands of people
    marched through Bogota. Police fired tear gas at the crowd")."""
    if head.lemma_.lower() not in _CROWD_WORDS or head.pos_ != "NOUN":
        return None
    lefts = list(head.lefts)
    if not lefts or lefts[0].lower_ != "the" or any(c.dep_ != "amod" for c in lefts[1:]):
        return None
    # ("Witnesses told Reuters that soldiers fired on the crowd": not who tells of it)
    tellers = {t.i for above in head.ancestors for t in above.children if t.dep_ == "nsubj"}
    return _told_before(
        head,
        mentions,
        lambda actor: (
            str(actor.get("id", "")).startswith("~agent:")
            and bool(set(actor.get("sectors") or ()) & _PEOPLE_SECTORS)
        ),
        tellers,
    )


def _told_before(
    head: Token,
    mentions: dict[int, ResolvedMention],
    fits: Callable[[dict[str, Any]], bool],
    skip: set[int] | None = None,
) -> dict[str, Any] | None:
    """The nearest actor a description refers back to, named before it in its sentence
    or the two before (not at ``skip``), with the description's words and where the actor
    was named."""
    sent = head.sent
    for span in [sent[: head.i - sent.start], *_previous_sentences(sent, 2)]:
        for token in reversed(list(span)):
            if skip and token.i in skip:
                continue
            mention = mentions.get(token.i)
            actor = mention.actor if mention is not None else None
            if mention is not None and actor is not None and fits(actor):
                words = _with_words(actor, head.doc, head.idx, head.idx + len(head))
                return dict(words, ref_start=mention.start, ref_end=mention.end)
    return None


# Nouns by which news refers back to a person by office ("the pontiff", "the premier"),
# with the words of the titles that name such a person.
_TITLE_NOUNS = {
    "pontiff": ("pope",),
    "premier": ("prime minister", "premier"),
    "monarch": ("king", "queen", "emir", "sultan", "crown prince"),
    "king": ("king",),
    "emir": ("emir",),
    "cleric": ("ayatollah", "sheikh", "imam", "cleric", "sayyed", "sayyid", "mufti"),
    "ayatollah": ("ayatollah",),
}


# Nouns of one person's standing, besides the holders of offices ("the activist").
_STANDINGS = {"activist", "journalist", "lawyer", "blogger", "politician", "lawmaker",
              "dissident", "candidate", "writer", "poet", "scholar", "academic", "judge",
              "prosecutor", "defendant", "suspect", "opponent", "critic", "reporter",
              "photographer", "cleric", "preacher", "businessman", "businesswoman",
              "official", "officer", "colonel", "captain", "brigadier", "senator", "mayor",
              "premier", "diplomat", "negotiator", "mediator"}  # fmt: skip


def _one_persons_standing(head: Token) -> bool:
    """A singular noun of a person's office or standing ("the minister", "the activist"),
    not of a body ("the government")."""
    lemma = head.lemma_.lower()
    return head.tag_ == "NN" and (lemma in HOLDER_TITLES or lemma in _STANDINGS)


def _definite_title(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The person "the pontiff", "the premier" or "the cleric" refers back to: the nearest
    person named before with such a title, in the sentence or the two before ("Pope
    Francis arrived in Baghdad. The pontiff met …")."""
    lemma = head.lemma_.lower()
    # (any noun of a person's standing names one so named before: "opposition activist
    # Ali Haji … The activist", "Foreign Minister Zarif … The minister")
    titles = _TITLE_NOUNS.get(lemma) or ((lemma,) if _one_persons_standing(head) else None)
    if titles is None or head.pos_ != "NOUN" or [c.lower_ for c in head.lefts] != ["the"]:
        return None
    doc = head.doc
    sent = head.sent
    for span in [sent[: head.i - sent.start], *_previous_sentences(sent, 2)]:
        for token in reversed(list(span)):
            mention = mentions.get(token.i)
            actor = mention.actor if mention is not None else None
            if mention is None or actor is None or actor.get("type") != "person":
                continue
            named = doc[max(token.sent.start, token.i - 6) : token.i + 1].text.lower()
            if (
                any(title in named for title in titles)
                or any(title in str(actor.get("name", "")).lower() for title in titles)
                # (a cleric the knowledge base knows as one: "Ali al-Sistani")
                or (titles is _TITLE_NOUNS["cleric"] and "REL" in (actor.get("sectors") or ()))
            ):
                words = _with_words(actor, doc, head.idx, head.idx + len(head))
                return dict(words, ref_start=mention.start, ref_end=mention.end)
    return None


# Those named by a deed they did ("the attackers"): whoever did it, told before.
# So are "the militants", "the rebels": the armed group named before.
_DEED_DOERS = {"attacker", "assailant", "perpetrator", "kidnapper", "abductor", "killer",
               "raider", "captor", "bomber"}  # fmt: skip
_DOERS = {"attacker", "assailant", "perpetrator", "kidnapper", "abductor", "killer",
          "bomber", "captor", "raider", "militant", "insurgent", "rebel", "jihadist",
          "extremist", "terrorist"}  # fmt: skip


def _definite_doers(head: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The armed group "the attackers", "the kidnappers" or "the militants" refer back to:
    the nearest one named in the sentence before them or the two before ("Al-Shabaab
    fighters ambushed a convoy. … Uganda's army chief vowed to pursue the attackers")."""
    if head.lemma_.lower() not in _DOERS or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    lefts = list(head.lefts)
    if not lefts or lefts[0].lower_ != "the" or len(lefts) > 1:
        return None  # (not "the Islamist militants", "the Houthi rebels": their own words)
    named = _told_before(
        head,
        mentions,
        lambda actor: (
            not str(actor.get("id", "")).startswith("~")
            and actor.get("type") in ("group", "organization")
            and "REB" in (actor.get("sectors") or ())
        ),
    )
    if named is not None or head.lemma_.lower() not in _DEED_DOERS:
        return named
    # "Gunmen killed 15 people … The assailants also torched homes": the armed men
    # told before, named by no name
    return _told_before(
        head,
        mentions,
        lambda actor: (
            str(actor.get("id", "")).startswith("~agent:")
            and bool(set(actor.get("sectors") or ()) & {"UAF", "REB", "INS"})
        ),
    )


_PAIR_NOUNS = {"leader", "side", "country", "nation", "president", "minister", "man",
               "party", "government", "state", "official", "head", "neighbour",
               "neighbor", "rival", "foe", "ally"}  # fmt: skip


_PERSON_PAIRS = {"leader", "president", "minister", "man", "official", "head"}
_STATE_PAIRS = {"country", "nation", "state", "government", "neighbour", "neighbor"}


def of_no_country(actor: dict[str, Any] | None) -> bool:
    """Whether an actor is a kind of people or body of no country ("~agent:x:mil")."""
    return actor is not None and str(actor.get("id", "")).startswith("~agent:x:")


_OWNING_PRONOUNS = {"its", "their", "his", "her", "our", "my", "it", "they", "them", "we"}


def own_state_threatened(recipient: dict[str, Any], draft: _Draft) -> bool:
    """A threat's recipient that is the threatener's own state ("the IRGC commander warned
    that any aggression against Iran would be answered"): whom it defends, not threatens."""
    return (
        draft.entry.type == "THREATEN"
        and recipient.get("type") == "state"
        and bool(recipient.get("country"))
        and recipient.get("country") in {a.get("country") for a in draft.actors}
    )


def not_taken(recipient: dict[str, Any], taken: set[str], draft: _Draft) -> bool:
    """Whether a recipient is someone other than the actors: not one of their ids, or, in
    an act of conflict or a promise, of no country and told apart by its words though it
    shares their kind's id ("troops killed a commander": both military, neither with a
    country, two sides; whereas in "deputies resigned from parliament" the body is their
    own)."""
    if own_state_threatened(recipient, draft):
        return False
    if str(recipient.get("id")) not in taken:
        return True
    if not draft.entry.quad.endswith("conflict") and draft.trigger.lemma_ not in PROMISING:
        return False
    words = str(recipient.get("text", "")).lower()
    if not of_no_country(recipient) or words.split(" ")[0] in _OWNING_PRONOUNS:
        return False  # "surrendered to their forces": their own
    start, end = int(recipient.get("start", -1)), int(recipient.get("end", -1))
    words_of = draft.trigger.doc.char_span(start, end, alignment_mode="expand")
    if words_of is None or words_of.root.dep_ == "compound":
        return False  # "hitting command centres": a place of the kind, not people
    alike = [a for a in draft.actors if a.get("id") == recipient.get("id")]
    return all(
        str(a.get("text", "")).lower() != words
        and (a.get("end", -1) <= start or end <= a.get("start", -1))
        for a in alike
    )


def _of_a_country(key: str) -> bool:
    """Whether a generic actor's id names its country ("~agent:CHN:mil")."""
    return key.startswith("~agent:") and not key.startswith("~agent:x:")


# How many a definite group of named sides counts ("the two leaders", "the three countries").
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _definite_named_group(
    head: Token, mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """The named actors "the two leaders", "both countries" or "the three countries" refer
    back to: as many nearest different ones named before it in its sentence ("Trump and
    King Abdullah will meet, where the two leaders are expected to discuss …"), or in the
    sentences before; never the one who acts on them."""
    kind: str | None
    if _the_count_alone(head):
        # "The two agreed to meet": the count stands alone for two people named before
        count, kind = _COUNTS[head.lower_], "person"
    else:
        if head.tag_ != "NNS" or head.lemma_.lower() not in _PAIR_NOUNS:
            return None
        count = next((_COUNTS[c.lower_] for c in head.children if c.lower_ in _COUNTS), 0)
        if not count:
            return None
        lemma = head.lemma_.lower()
        kind = "person" if lemma in _PERSON_PAIRS else "state" if lemma in _STATE_PAIRS else None
    # its sentence first, then the two before ("X and Y met. The two leaders agreed …";
    # "A struck B. B fired back. C urged both sides to stop")
    before = _previous_sentences(head.sent, 2)
    start_of_search = before[-1].start if before else head.sent.start
    # (not whoever speaks to them: "Egypt urged both sides to stop")
    addressing = (
        head.head
        if head.dep_ in ("dobj", "dative", "obj")
        else head.head.head
        if (head.dep_ == "nsubj" and head.head.dep_ in ("xcomp", "ccomp"))
        or head.dep_ == "pobj"  # ("Israel recalled its envoys from the three countries")
        else None
    )
    speakers = {
        t.i
        for c in (addressing.children if addressing is not None else ())
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree
    }
    if addressing is not None and addressing.dep_ == "relcl":
        speakers.add(addressing.head.i)  # ("Israel, which recalled its envoys from …")
    # (start, end, actor) of each different side named, nearest first
    named: list[tuple[int, int, dict[str, Any]]] = []
    doc = head.doc
    for i in range(head.i - 1, start_of_search - 1, -1):
        if i in speakers:
            continue
        if i == head.sent.start - 1 and 0 < len(named) < count:
            break  # some named in its own sentence: the group is not the one told before
        side = _side_at(doc[i], mentions, kind)
        if side is None or "MED" in (side[2].get("sectors") or ()):
            continue  # (an outlet someone spoke to is no side: "told Al Jazeera …")
        if all(str(other.get("id")) != str(side[2].get("id")) for _, _, other in named):
            named.append(side)
        if len(named) == count:
            break
    if len(named) < count:
        return None
    start = head.left_edge.idx
    first, *others = (
        dict(_with_words(actor, doc, start, head.idx + len(head)), ref_start=a, ref_end=b)
        for a, b, actor in sorted(named, key=lambda side: side[0])
    )
    return dict(first, also=others)


def _the_count_alone(head: Token) -> bool:
    """ "The two said …", "the three agreed …": a count after "the" with no noun, as a
    subject."""
    return (
        head.lower_ in _COUNTS
        and head.lower_ != "both"
        and head.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not any(c.dep_ == "prep" for c in head.children)  # ("the two of them")
    )


def _side_at(
    token: Token, mentions: dict[int, ResolvedMention], kind: str | None
) -> tuple[int, int, dict[str, Any]] | None:
    """The side named at a token, for "the two countries" and their kin: a named actor,
    or for states, the state of a people or a body of people ("Tajik and Kyrgyz border
    guards clashed. The two countries agreed …")."""
    if token.pos_ == "PRON" and token.lower_ in ("he", "she") and kind != "state":
        # "He met Eslami, and the two sides agreed": the one "he" stands for
        from annalyst.nlp.events.pronouns import _pronoun  # (it reads descriptions)

        person = _pronoun(token, mentions)
        if person is not None and "also" not in person:
            return token.idx, token.idx + len(token), person
        return None
    mention = mentions.get(token.i)
    actor = mention.actor if mention is not None else None
    if mention is not None and actor is not None:
        key = str(actor.get("id", ""))
        people = token.tag_ in ("NNS", "NNPS") or token.head.tag_ in ("NNS", "NNPS")
        if kind == "state" and key.startswith("~agent:") and actor.get("country") and people:
            # ("Kyrgyz border guards": a body of a state's people; not "a Palestinian
            # state" that others recognise)
            state = _state_for(str(actor["country"]))
            return None if state is None else (mention.start, mention.end, state)
        if key.startswith("~agent:") and not _of_a_country(key):
            return None  # (a kind of people of a country is a side: "Chinese commanders")
        if kind is not None and actor.get("type") != kind:
            return None
        return mention.start, mention.end, actor
    body = mentions.get(token.head.i)
    if (
        kind != "state"
        or token.pos_ not in ("ADJ", "PROPN")
        or body is None
        or not str((body.actor or {}).get("id", "")).startswith("~agent:")
    ):
        return None  # (only the people of a body told: not "a Palestinian state")
    nationality = _agents().nationality(token.text)
    state = _state_for(nationality.country) if nationality and nationality.country else None
    return None if state is None else (token.idx, token.idx + len(token), state)


def _officials_of_states(
    head: Token, mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """ "The foreign ministers of India and China": the officials of each state named
    after "of", one generic actor per state (the resolver reads no country into the
    phrase, as two states give two)."""
    mention = mentions.get(head.i)
    actor = mention.actor if mention is not None else None
    if actor is None or not of_no_country(actor):
        return None
    states = [
        state
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for named in (pobj, *pobj.conjuncts)
        if (m := mentions.get(named.i)) is not None
        and m.actor is not None
        and m.actor.get("type") == "state"
        and (state := m.actor)
    ]
    if len(states) < 2:
        return None
    assert mention is not None
    sectors = "-".join(s.lower() for s in actor.get("sectors") or []) or "people"
    officials = [
        _with_words(
            dict(
                actor,
                id=f"~agent:{state['country']}:{sectors}",
                name=f"{actor['name']} of {state['name']}",
                country=state["country"],
            ),
            head.doc, mention.start, mention.end,
        )
        for state in states
    ]  # fmt: skip
    return dict(officials[0], also=officials[1:])
