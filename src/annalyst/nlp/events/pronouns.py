"""Who a personal pronoun refers back to: the subject of a clause above it, the nearest
earlier actor of the right kind in the sentence, or the subject of the sentences before
in the same paragraph. An object pronoun is never its own clause's subject."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.argtables import _COUNTED
from annalyst.nlp.events.descriptions import (
    _GROUP_NOUNS,
    _definite_country,
    _definite_doers,
    _definite_group,
    _definite_organ,
    _previous_sentences,
    of_no_country,
)
from annalyst.nlp.events.plural_pronouns import (
    _PLURAL_PRONOUNS,
    _coordinated,
    _joint_nationalities,
    _modifier,
    _people_acted_on_before,
    _plural_agent_before,
    _plural_fit,
    _several,
    _several_before,
)
from annalyst.nlp.events.possessors import (
    _companions_owners,
    _harmed_owner,
    _listed_owner,
    _parallel_owner,
    _related_group,
    _reproached,
)
from annalyst.nlp.events.unnamed import (
    _is_person_noun,
    _place_actor,
    _provisional,
)
from annalyst.nlp.events.words import _with_words
from annalyst.nlp.syntax import SUBJECT_DEPS, ancestors, logical_subjects

_PERSONAL = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person"}

_NONPERSONAL = {"it", "its", "they", "them", "their"}
# Nouns for states, which the sentence names one by one ("states such as Egypt …").
_STATES_WORDS = {"state", "country", "nation", "government", "power", "ally"}


# Craft whose crew and passengers "its" may name ("seized a tanker and detained its crew").
_CRAFT = {"tanker", "ship", "vessel", "boat", "ferry", "freighter", "plane", "aircraft",
          "airliner", "jet", "train", "bus", "truck", "lorry", "vehicle", "car", "convoy",
          "flotilla", "yacht", "dhow", "trawler", "helicopter", "drone"}  # fmt: skip


def _a_craft_before(pronoun: Token) -> bool:
    """Whether "its" follows, in its sentence, a craft acted upon, whose people it names."""
    if pronoun.head.pos_ != "NOUN" or not _is_person_noun(pronoun.head):
        return False
    before = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "obj", "pobj")
    ]
    return bool(before) and before[-1].lemma_.lower() in _CRAFT


def _pronoun(pronoun: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """The actor a personal pronoun refers back to; ``text`` stays the pronoun."""
    low = pronoun.lower_
    if low not in _PERSONAL and low not in _NONPERSONAL:
        return None
    wanted = "person" if low in _PERSONAL else None

    def fits(mention: ResolvedMention, at: Token | None) -> bool:
        kind = (mention.actor or {}).get("type")
        if wanted == "person":
            return kind == "person"
        if low in ("it", "its"):
            # one thing: not a person, nor "fighters" or "the militias"
            return kind != "person" and (at is None or not _several(mention, at, proper=False))
        # "they" stands for people only when there are several of them ("Soleimani and
        # al-Muhandis"), not the lone speaker of the sentence (news does call a state
        # "they": "the US … as they intensify their airstrikes")
        # A clause's own subject is taken whatever its number ("X expressed their
        # concern": the singular "they"), so ``at`` is None there.
        return kind != "person" or at is None or _several(mention, at)

    def found(mention: ResolvedMention) -> dict[str, Any]:
        assert mention.actor is not None
        named = _described(mention, mentions, pronoun.doc) or mention.actor
        actor = _with_words(named, pronoun.doc, pronoun.idx, pronoun.idx + len(pronoun))
        # Where the antecedent is named, so that readers can follow the reference.
        return dict(actor, ref_start=mention.start, ref_end=mention.end)

    def found_all(mention: ResolvedMention) -> dict[str, Any]:
        first, *rest = _coordinated(mention, mentions, pronoun.doc)
        out = found(first)
        also = [found(m) for m in rest]
        for side in _joint_nationalities(mention, pronoun.doc):
            # "Palestinian and Israeli negotiators … They": both sides
            words = _with_words(side, pronoun.doc, pronoun.idx, pronoun.idx + len(pronoun))
            also.append(dict(words, ref_start=side["start"], ref_end=side["end"]))
        return dict(out, also=also) if also else out

    glossed = _gloss(pronoun, mentions)
    if glossed is not None:
        return found(glossed)  # "they [ISIS]": the editor names the referent
    if low == "its" and _a_craft_before(pronoun):
        return None  # "seized a tanker and detained its crew": the tanker's, no one's
    if low == "it" and pronoun.dep_ in ("dobj", "obj") and pronoun.head.lemma_ in _TAKING_GROUND:
        return None  # "captured the town …, and two days later troops retook it": a place
    if low == "it" and _ground_gone_through(pronoun):
        return None  # "blew up a tunnel as a force entered it", "withdrew from it": a place
    parallel = _parallel_owner(pronoun, mentions) if low in ("its", "their") else None
    if parallel is not None and fits(parallel, None):
        return found(parallel)  # "the US withdrawal from Iraq … its withdrawal from Kabul"
    people = _companions_owners(pronoun, mentions)
    if people:
        # "X, along with Y, deputy head of the PMU, and their companions": X and Y
        out = found(people[0])
        return dict(out, also=[found(m) for m in people[1:]]) if people[1:] else out
    listed = _listed_owner(pronoun, mentions)
    if listed is not None:
        # "the Turkish hegemony and its occupation of Syria": Turkey
        actor, ref_start, ref_end = listed
        words = _with_words(actor, pronoun.doc, pronoun.idx, pronoun.idx + len(pronoun))
        return dict(words, ref_start=ref_start, ref_end=ref_end)
    # An object pronoun is not its own clause's subject ("Trump called Erdogan and urged
    # him"): that one would be "himself".
    as_object = pronoun.dep_ in ("dobj", "obj", "dative", "pobj")
    # "where they want them used": an object form as the subject of a clause is the
    # object of the verb above it
    raised = pronoun.dep_ == "nsubj" and low in ("them", "him", "her")
    own_subjects: set[int] = set()
    if as_object or raised:
        above = pronoun.head.head if raised else None
        verb = (
            above
            if above is not None and above.pos_ in ("VERB", "AUX")
            else next((a for a in ancestors(pronoun, 3) if a.pos_ in ("VERB", "AUX")), None)
        )
        if verb is not None:
            subjects = logical_subjects(verb)
            own_subjects = {t.i for t in subjects}
            own_subjects |= {
                i for t in list(own_subjects) for i in _span_of(mentions, t, pronoun.doc)
            }
            for subject in subjects:
                if subject.pos_ == "PRON" and subject.i < pronoun.i and subject.lower_ != low:
                    # "where they want them used": "them" is not whom "they" is
                    own_subjects |= _referred_tokens(_pronoun(subject, mentions), pronoun.doc)
                elif subject.pos_ == "NOUN" and subject.i not in mentions:
                    # "the battalion accused them": not the body "the battalion" names
                    described = _definite_group(subject, mentions)
                    own_subjects |= _referred_tokens(described, pronoun.doc)
    acted_on = _people_acted_on_before(pronoun, mentions) if low == "they" else None
    if acted_on is not None:
        # "Saudi Arabia executed 81 men. The kingdom said they had been convicted": the
        # people the act before was done to undergo this one too
        return _standing_for(acted_on[1], pronoun, acted_on[0])
    reproached = _reproached(pronoun, mentions)
    if reproached is not None and fits(reproached, None):
        return found(reproached)  # "condemned Israel over its strikes": Israel's
    # "X denied that it had attacked …": the subject of a clause above.
    harmed = _harmed_owner(pronoun)
    # "Armenia said Azerbaijani forces killed its soldiers": not the killers' own
    harmers = {t.i for t in logical_subjects(harmed)} if harmed is not None else set()
    harmer_ids = _ids_of(harmers, mentions, pronoun.doc)
    teller = _teller_after(harmed, mentions) if harmed is not None else None
    if teller is not None and fits(teller, None):
        # "Israeli troops fired at its patrol, the Lebanese army said": the body telling
        # of the harm done to its own, named after the words
        return found(teller)
    for ancestor in [] if as_object or raised else ancestors(pronoun):
        if harmed is not None and ancestor.i == harmed.i:
            continue
        for child in _doers_of(ancestor):
            if child.i == pronoun.i or child.i > pronoun.i or child.i in harmers:
                continue
            mention = (
                mentions.get(child.i) or _gloss(child, mentions) or _named_group(child, mentions)
            )
            titled = _titled_one(child, mention) if wanted == "person" else None
            if titled is not None:
                # "The Chilean president said he would send troops": one person named by
                # an office, of the country the words give
                return _standing_for(titled, pronoun, child)
            if mention is not None and mention.actor is not None and fits(mention, None):
                several = _several_before(pronoun, mentions, fits)
                if several is not None and not _plural_fit(mention, child, low):
                    # "paid tribute to X and Y, … calling their killings an attack":
                    # the pair, not the lone subject
                    return found_all(several)
                return found(mention)
            if (
                mention is None
                and low == "their"
                and pronoun.head.pos_ == "NOUN"
                and child.tag_ == "NNS"
                and child.lemma_.lower() not in _STATES_WORDS
                and _is_person_noun(child)
                and (unnamed := _provisional(child)) is not None
            ):
                # "his supporters kept up their sit-in": the people of the clause above,
                # named by no name
                return _standing_for(unnamed, pronoun, child)
            if mention is None and child.pos_ == "NOUN" and wanted is None:
                # "persuading the country to halt its cooperation": the description's
                # referent ("the country": Iran)
                described = _definite_country(child, mentions) or _definite_group(child, mentions)
                if described is not None:
                    return _standing_for(described, pronoun, child)
                if (
                    low in ("it", "they")
                    and pronoun.dep_ in ("nsubj", "nsubjpass")
                    and child.lemma_.lower() in _THINGS_THAT_ACT
                    and (low == "it") == ("Plur" not in child.morph.get("Number", []))
                ):
                    # "This battle was a leap, after it liberated the road": the battle,
                    # no actor named inside the sentence
                    return None
                if harmed is not None and child.dep_ == "nsubj" and _is_person_noun(child):
                    # "the opposition party said police detained three of its members":
                    # the body that speaks, named by no name
                    unnamed = _provisional(child)
                    if unnamed is not None:
                        return _standing_for(unnamed, pronoun, child)
    sent = pronoun.sent
    earlier = [
        (i, mentions[i])
        for i in range(pronoun.i - 1, sent.start - 1, -1)
        if i in mentions
        and mentions[i].actor is not None
        and i not in own_subjects
        and i not in harmers
        and str((mentions[i].actor or {}).get("id")) not in harmer_ids
    ]
    # The words of the pronoun's own clause's subject: "Deputy X expressed their concern"
    clause = next((a for a in ancestors(pronoun, 3) if a.pos_ in ("VERB", "AUX")), None)
    own_clause = {
        t.i
        for s in (logical_subjects(clause) if clause is not None and not as_object else [])
        for t in s.subtree
    }
    if as_object and low in ("them", "they"):
        nearer = _plural_agent_before(pronoun, mentions, own_subjects)
        if nearer is not None:
            # "has soldiers in Syria and Iraq …, since the government called upon them to
            # depart": the soldiers, not the two states named before them
            return _standing_for(nearer[1], pronoun, nearer[0])
    several = _several_before(pronoun, mentions, fits, own_subjects)
    for index, mention in earlier:
        at = None if index in own_clause else pronoun.doc[index]
        if several is not None and not _plural_fit(mention, pronoun.doc[index], low):
            # "the Americans will leave Iraq … decided to confront them": a plural
            # pronoun stands for the several named before it, not a nearer single one
            continue
        if mention is several:
            return found_all(several)
        related = _related_group(pronoun, pronoun.doc[index])
        if related is not None:
            return related  # "struck Iran's allies and accused them": the allies
        if fits(mention, at) and not _modifier(mention, pronoun.doc[index]):
            return found(mention)
    # The subjects of the sentences before, nearest first.
    for previous in _previous_sentences(sent, 2):
        for token in previous:
            if token.dep_ not in SUBJECT_DEPS | {"nsubjpass"}:
                continue
            # "Israel's defence minister, Avi Levin, visited …": the name set beside
            # the subject names it
            named = [token] + [c for c in token.children if c.dep_ == "appos"]
            if token.lower_ in _COUNTED:
                # "Thousands of Chileans marched …": the people counted
                named += [p for c in token.children if c.lower_ == "of" for p in c.children]
            for word in (w for w in named if w.i in mentions):
                mention = mentions[word.i]
                if mention.actor is not None and str(mention.actor["id"]) in harmer_ids:
                    continue  # "… the army launched a strike on their hideout": not its own
                if mention.actor is not None and fits(mention, word):
                    # "Hamas and Islamic Jihad fired … on their positions": both
                    return found_all(mention) if low in _PLURAL_PRONOUNS else found(mention)
            titled = _titled_one(token, mentions.get(token.i)) if wanted == "person" else None
            if titled is not None:
                # "Ecuador's president declared … He also ordered": that office holder
                return _standing_for(titled, pronoun, token)
    continued = _subject_before_unnamed(pronoun, mentions) if wanted is None else None
    if continued is not None:
        # "The ministry announced new measures. It also banned three newspapers": the
        # body the sentence before names by no name
        return _standing_for(continued[0], pronoun, continued[1])
    if harmer_ids and wanted is None:
        # "Malian troops clashed with jihadists. The army struck their hideout": the
        # other side told in the sentence before
        for previous in _previous_sentences(sent, 1):
            for token in reversed(list(previous)):
                mention = mentions.get(token.i)
                if (
                    mention is not None
                    and mention.actor is not None
                    and str(mention.actor["id"]) not in harmer_ids
                    and fits(mention, token)
                ):
                    return found(mention)
    body = _body_before(pronoun, own_subjects) if low in ("it", "its") and as_object else None
    if body is not None:
        return body
    if wanted == "person":
        # "police detained a Kurdish politician … A court later charged him": one person
        # the sentence before (or this one, before the pronoun) names without a name
        this_one = sent.doc[sent.start : pronoun.i]
        for previous in [this_one, *_previous_sentences(sent, 1)]:
            for token in previous:
                if token.i in own_subjects:
                    continue
                named_beside = [
                    mentions[c.i]
                    for c in token.children
                    if c.dep_ == "appos"
                    and c.i in mentions
                    and (mentions[c.i].actor or {}).get("type") == "person"
                ]
                if token.i not in mentions and named_beside and token.tag_ == "NN":
                    # "arrested the opposition leader Ion Vrabie. His supporters …": the
                    # name set beside the title
                    return found(named_beside[0])
                if (
                    token.i not in mentions
                    and (token.dep_ in ("dobj", "obj", "nsubjpass") or _of_an_act(token))
                    and token.tag_ == "NN"
                    and _is_person_noun(token)
                    and token.lemma_.lower() not in _BODY_NOUNS
                ):
                    # "arrested the suspected ringleader … and charged him": one person
                    # named by no name in this sentence
                    unnamed = _provisional(token)
                    if unnamed is not None:
                        return _standing_for(unnamed, pronoun, token)
                mention = mentions.get(token.i)
                if (
                    mention is not None
                    and token.dep_ in ("dobj", "obj", "pobj", "nsubjpass")
                    and token.tag_ == "NN"
                    and str((mention.actor or {}).get("id", "")).startswith("~agent:")
                    and token.lemma_.lower() not in _BODY_NOUNS
                ):
                    return found(mention)
        leading = _person_leading_before(pronoun, mentions)
        if leading is not None:
            return leading
        # "rallied against President X. The demonstrators accused him": the one person
        # the sentence before names, whatever its role there
        # ("… arrested Qasim Muslih. PMU fighters surrounded the buildings. He was
        # released": the sentence before that, when the one before names no person)
        for previous in _previous_sentences(sent, 2):
            persons = {
                str(m.actor["id"]): m
                for token in previous
                if (m := mentions.get(token.i)) is not None
                and m.actor is not None
                and m.actor.get("type") == "person"
            }
            if persons:
                return found(next(iter(persons.values()))) if len(persons) == 1 else None
    return None


def person_subject_above(pronoun: Token) -> Token | None:
    """The one person a clause above names by no name, whom "he" or "she" as a subject
    stands for ("the minister went to Ankara, where she held talks": the minister), or
    None; the caller resolves the noun as it resolves any subject (a title may name
    someone told before)."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ != "nsubj":
        return None
    for verb in ancestors(pronoun.head, 4):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.pos_ == "NOUN" and subject.tag_ == "NN" and _is_person_noun(subject):
            return subject
        return None
    return None


def _person_leading_before(
    pronoun: Token, mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """The one person the sentence before is about, named by no name, as whom "he" or
    "she" goes on acting: "The cleric spoke on Monday. … he said". Only for a pronoun
    that acts: one acted on is more likely whom that sentence acted on."""
    if pronoun.dep_ != "nsubj":
        return None
    for previous in _previous_sentences(pronoun.sent, 1):
        for token in previous:
            if (
                token.dep_ == "nsubj"
                and token.i not in mentions
                and token.tag_ == "NN"
                and _is_person_noun(token)
                and token.lemma_.lower() not in _BODY_NOUNS
                and (unnamed := _provisional(token)) is not None
            ):
                return _standing_for(unnamed, pronoun, token)
    return None


def _teller_after(harmed: Token, mentions: dict[int, ResolvedMention]) -> ResolvedMention | None:
    """The one who tells, after the clause, of a harm done ("…, the Lebanese army said")."""
    report = harmed.head if harmed.dep_ == "ccomp" else None
    if report is None or report.i < harmed.i:
        return None
    subjects = [c for c in report.children if c.dep_ == "nsubj" and c.i > harmed.i]
    return next((mentions[s.i] for s in subjects if s.i in mentions), None)


def _body_before(pronoun: Token, own_subjects: set[int]) -> dict[str, Any] | None:
    """The one body named by no name earlier in the sentence that an object "it" stands
    for: "called on the ruling junta to release him and accused it of …" (not the
    clause's own subject, which would be "itself")."""
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if (
            token.i in own_subjects
            or token.tag_ != "NN"
            or token.dep_ not in ("dobj", "obj", "pobj", "dative")
            or token.lemma_.lower() not in _BODY_NOUNS
        ):
            continue
        unnamed = _provisional(token)
        return None if unnamed is None else _standing_for(unnamed, pronoun, token)
    return None


# Nouns that name a body, never one person: "he" is not "the newspaper" or "the party".
_BODY_NOUNS = {"newspaper", "daily", "outlet", "channel", "network", "broadcaster", "agency",
               "party", "ministry", "government", "administration", "regime", "council",
               "court", "parliament", "assembly", "committee", "commission", "army", "police",
               "militia", "group", "movement", "organisation", "organization", "embassy",
               "bloc", "coalition", "alliance", "union", "company", "firm", "bank", "junta",
               "state"}  # fmt: skip
# Bodies whose members a plural noun names ("the coalition forces", "the alliance troops").
_BODIES = {"coalition", "alliance", "government", "regime", "administration"}


def _subject_before_unnamed(
    pronoun: Token, mentions: dict[int, ResolvedMention]
) -> tuple[dict[str, Any], Token] | None:
    """The body "it" or "they" as a subject continues from the sentence just before,
    when that sentence's subject names it by a common noun only ("The ministry …",
    "The rebels …"): its referent where the text gives one, else the unnamed body."""
    low = pronoun.lower_
    if low not in ("it", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for previous in _previous_sentences(pronoun.sent, 1):
        subject = next((t for t in previous.root.children if t.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.pos_ != "NOUN"
            or subject.lemma_.lower() in _THINGS_THAT_ACT
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        ):
            return None
        body = next((c for c in subject.children if c.dep_ == "compound"), None)
        if low == "it" and body is not None and body.lemma_.lower() in _BODIES:
            subject = body  # "The coalition forces have not fought … It rejected": the coalition
        elif subject.i in mentions:
            return None  # (read by the mentions above)
        if (low == "it") == ("Plur" in subject.morph.get("Number", [])):
            return None
        actor = (
            _definite_group(subject, mentions)
            or _definite_country(subject, mentions)
            or _definite_organ(subject, mentions)
            or _definite_doers(subject, mentions)
            or _provisional(subject)
        )
        if actor is None or (low == "it" and actor.get("type") == "person"):
            return None
        return actor, subject
    return None


def _of_an_act(token: Token) -> bool:
    """Whether a noun is whom an act named by a noun was done to ("the arrest of a
    former minister")."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.dep_ in ("dobj", "nsubj", "nsubjpass")
    )


# Offices one person holds, by which a country's holder is named ("the Chilean president").
_OFFICES = {"president", "premier", "minister", "king", "queen", "emir", "prince", "sultan",
            "chancellor", "leader", "chief", "commander", "envoy", "ambassador", "spokesman",
            "spokeswoman", "spokesperson", "governor", "mayor", "secretary", "general",
            "monarch", "ruler", "official", "diplomat", "negotiator"}  # fmt: skip


def _titled_one(subject: Token, mention: ResolvedMention | None) -> dict[str, Any] | None:
    """The actor a person named only by an office stands for ("the Chilean president",
    "Chile's president"): the office's generic actor, with the country of the state that
    owns it."""
    if subject.tag_ != "NN" or subject.lemma_.lower() not in _OFFICES:
        return None
    actor = mention.actor if mention is not None else None
    if actor is not None:
        # (of a named country only: "the president" alone is the one named before)
        return actor if actor.get("type") != "person" and actor.get("country") else None
    unnamed = _provisional(subject)
    if unnamed is None or unnamed.get("country"):
        return unnamed
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    state = _place_actor(owners[0]) if owners else None
    if state is None or not state.get("country"):
        return None
    kind = str(unnamed["id"]).split(":", 2)[2]
    return dict(unnamed, id=f"~agent:{state['country']}:{kind}", country=state["country"])


def _standing_for(actor: dict[str, Any], pronoun: Token, antecedent: Token) -> dict[str, Any]:
    """An actor read off a phrase without a mention, as the pronoun's words, with the
    phrase it refers back to ("… the opposition party said police detained its members")."""
    words = _with_words(actor, pronoun.doc, pronoun.idx, pronoun.idx + len(pronoun))
    end = antecedent.idx + len(antecedent)
    return dict(words, ref_start=antecedent.left_edge.idx, ref_end=end)


# Verbs of taking ground: what "it" is taken is a place, not a party.
_TAKING_GROUND = {"capture", "recapture", "retake", "seize", "overrun", "storm", "liberate",
                  "occupy", "reoccupy", "besiege", "encircle", "surround"}  # fmt: skip
# Verbs of going into, through or out of ground, whose "it" is a place or a thing.
_GOING_THROUGH = {"enter", "cross", "reach", "approach", "penetrate", "infiltrate"}
_GOING_OUT_OF = {"withdraw", "pull", "retreat", "leave", "evacuate", "flee", "expel", "oust",
                 "drive"}  # fmt: skip


def _ground_gone_through(pronoun: Token) -> bool:
    """Whether "it" is the ground a verb goes into or out of ("as a force entered it",
    "after the occupation forces withdrew from it"), not a body of people."""
    head = pronoun.head
    if pronoun.dep_ in ("dobj", "obj"):
        return head.lemma_.lower() in _GOING_THROUGH
    if pronoun.dep_ == "pobj" and head.lower_ in ("from", "out", "into"):
        return head.head.lemma_.lower() in _GOING_OUT_OF | _GOING_THROUGH
    return False


def _described(
    mention: ResolvedMention, mentions: dict[int, ResolvedMention], doc: Doc
) -> dict[str, Any] | None:
    """The state's organ a mention of a kind of organ stands for ("the army" after
    "Malian troops"), or the armed group "the militants" are ("… Al-Shabaab fighters.
    The militants said they had killed …"), or None when it names one already or none
    can be told."""
    if not of_no_country(mention.actor):
        return None
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return None
    return _definite_organ(words.root, mentions) or _definite_doers(words.root, mentions)


def _ids_of(tokens: set[int], mentions: dict[int, ResolvedMention], doc: Doc) -> set[str]:
    """The ids of the actors some words name, named or described ("the army")."""
    out: set[str] = set()
    for i in tokens:
        mention = mentions.get(i)
        actor = (
            (_described(mention, mentions, doc) or mention.actor)
            if mention is not None
            else _definite_organ(doc[i], mentions)
        )
        if actor is not None:
            out.add(str(actor["id"]))
    return out


def _named_group(noun: Token, mentions: dict[int, ResolvedMention]) -> ResolvedMention | None:
    """The organisation a group noun is named by ("Saraya Awliya al-Dam group", "the
    Hezbollah movement"): its name before it."""
    if noun.lemma_.lower() not in _GROUP_NOUNS:
        return None
    for child in noun.children:
        mention = mentions.get(child.i) if child.dep_ == "compound" else None
        actor = mention.actor if mention is not None else None
        if actor is not None and actor.get("type") in ("organization", "group"):
            return mention
    return None


def _doers_of(verb: Token) -> list[Token]:
    """A clause's subject, or the agent of a passive one ("used by the regime when it
    …": the regime is who "it" is); for an infinitive without one, whoever is to do it
    ("urged Iran to stop its attacks": Iran)."""
    out = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        out.extend(c for c in agent.children if c.dep_ == "pobj")
    if (
        not out
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        out = [t for t in logical_subjects(verb) if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return out


# Things (not actors) that a clause's "it" may well stand for when they are its subject.
_THINGS_THAT_ACT = {"battle", "war", "operation", "offensive", "campaign", "attack", "strike",
                    "airstrike", "raid", "bombing", "sanction",
                    "deal", "agreement", "plan", "decision", "law", "resolution", "report",
                    "move", "step", "policy", "strategy", "initiative", "visit", "talks",
                    "meeting", "conference", "summit", "document", "statement", "bill"}  # fmt: skip


def _referred_tokens(actor: dict[str, Any] | None, doc: Any) -> set[int]:
    """The tokens of the words a resolved pronoun refers back to (and its partners')."""
    if actor is None:
        return set()
    out: set[int] = set()
    for ref in [actor, *actor.get("also", [])]:
        start, end = ref.get("ref_start"), ref.get("ref_end")
        if start is None or end is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span)
    return out


def unnamed_reporter(
    pronoun: Token, found: dict[str, Any] | None, mentions: dict[int, ResolvedMention]
) -> Token | None:
    """The unnamed body whose report a pronoun stands in: in "The militia said it had
    shelled the camp" the militia, when no name tells which militia it is. "it" takes a
    singular noun, "they" a plural one. It wins over the antecedent ``found`` otherwise
    only when that one is named in a sentence before ("The union said it would call off
    the strike": the body that speaks, not the government named before)."""
    reporter = _reporter(pronoun)
    if found is None or reporter is None:
        return reporter
    earlier = int(found.get("ref_start", pronoun.sent.start_char)) < pronoun.sent.start_char
    return reporter if earlier and reporter.i not in mentions else None


def _reporter(pronoun: Token) -> Token | None:
    low = pronoun.lower_
    if low not in ("it", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    reporter = next(
        (c for c in clause.head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None
    )
    if reporter is None or reporter.pos_ != "NOUN":
        return None
    number = "Sing" if low == "it" else "Plur"
    if number not in reporter.morph.get("Number", []):
        return None
    definite = any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in reporter.children
    )
    return reporter if definite else None


def _gloss(pronoun: Token, mentions: dict[int, ResolvedMention]) -> ResolvedMention | None:
    """The actor an editor's gloss right after a pronoun names: "they [ISIS]",
    "he (Soleimani)"."""
    doc = pronoun.doc
    if pronoun.lower_ not in _PERSONAL and pronoun.lower_ not in _NONPERSONAL:
        return None
    if pronoun.i + 2 >= len(doc) or doc[pronoun.i + 1].text not in ("[", "("):
        return None
    mention = mentions.get(pronoun.i + 2)
    return mention if mention is not None and mention.actor is not None else None


def _span_of(mentions: dict[int, ResolvedMention], index: int, doc: Doc) -> set[int]:
    """Every token of the mention that covers a token."""
    mention = mentions.get(index)
    if mention is None:
        return set()
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()
