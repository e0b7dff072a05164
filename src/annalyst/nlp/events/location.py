"""Where an event happened: a place of its sentence, preferably one attached to the
trigger by a locative preposition; a statement's place only when so attached."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from annalyst.nlp.actor_words import HOLDER_TITLES
from annalyst.nlp.events.argtables import DISCONTINUING
from annalyst.nlp.events.carriers import _carrier
from annalyst.nlp.events.dating import _clause_verb, _refers_back
from annalyst.nlp.events.descriptions import _previous_sentences
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.inner_places import narrower_named_before
from annalyst.nlp.events.syntax import (
    _BACKGROUND_PREPS,
    _LOCATIVE_PREPS,
    _OBJECT_DEPS,
    _PASSIVE_SUBJ,
    _TOPIC_VERBS,
)
from annalyst.nlp.events.unnamed import _agents
from annalyst.nlp.phrase_links import range_start
from annalyst.nlp.places.names import SUFFIXES
from annalyst.nlp.syntax import (
    ancestors,
    nominal_clauses,
    prep_objects,
    subject_of_next_clause,
)
from annalyst.nlp.syntax_words import AVENGING, CARRYING, GO_BETWEEN_VERBS, UPHEAVALS
from annalyst.nlp.tokentable import token_table
from annalyst.nlp.tree_walks import in_hyphenated_word, patron_in_word

# Verbs of a go-between, whose object names the sides it stands between, not a place
# (not "host": "hosted talks in Doha" says where).
_SIDES_OF_A_DEAL = (GO_BETWEEN_VERBS - {"host"}) | {"negotiate", "arrange"}


# Verbs of moving goods to a place ("sent flour to Lebanon"), not only handing them over.
_SENDING = frozenset(
    {"send", "ship", "deliver", "dispatch", "fly", "airlift", "airdrop", "truck", "smuggle"}
)


def _names_with_places(doc: Any) -> list[tuple[int, int]]:
    """The character spans of the names of known or provisional actors that hold a
    place's name in more words ("the Islamic Resistance in Iraq"); agents' phrases
    ("riot police in Maputo") say where those people are and are left out."""
    cached = doc.user_data.get(_NAMES_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    spans: list[tuple[int, int]] = []
    doc.user_data[_NAMES_KEY] = spans  # (filled below, once per document)
    for mention in getattr(doc._, "actor_mentions", None) or []:
        actor = mention.get("actor") if isinstance(mention, dict) else None
        if not isinstance(actor, dict):
            continue
        ident = str(actor.get("id") or "")
        if not ident or ident.startswith("~agent:") or actor.get("type") in ("state", "place"):
            continue
        # (the names of armed and political bodies; not "the US Embassy in Baghdad": a
        # site, which is where it stands)
        if not set(actor.get("sectors") or ()) & _BODIES_OF_A_CAUSE:
            continue
        text = str(mention.get("text") or "")
        if " " in text:
            spans.append((int(mention["start"]), int(mention["end"])))
    return spans


_NAMES_KEY = "annalyst_names_with_places"
# Sectors of armed and political bodies, whose names may hold a place ("the Islamic
# Resistance in Iraq", "the Kurdistan Democratic Party").
_BODIES_OF_A_CAUSE = frozenset({"REB", "UAF", "INS", "PTY", "OPP", "RAD", "SEP"})


def _inside_whom_received(person: Token, place: dict[str, Any]) -> bool:
    """Whether a place lies deeper in the phrase of a person received than a phrase on
    the person ("received the head of the PMF in Iraq": the PMF's; but "received
    Araghchi in Baghdad" is where)."""
    if person.ent_type_ != "PERSON" and person.lemma_.lower() not in HOLDER_TITLES:
        return False
    words = [t for t in person.subtree if place["start"] <= t.idx < place["end"]]
    root = next((t for t in words if t.head not in words), None)
    return root is not None and not (root.dep_ == "pobj" and root.head.head.i == person.i)


def _location(
    draft: _Draft, places: Sequence[dict[str, Any]], acts: frozenset[int] = frozenset()
) -> dict[str, Any] | None:
    """Where ``draft``'s act was done, from the places of its document (``acts``: the
    indices of the words that name the document's other acts)."""
    if not places:
        capitals = _capital_of_clause(draft, places)  # ("in the Kenyan capital")
        return capitals[0] if capitals else None
    sent = draft.trigger.sent
    doc = draft.trigger.doc
    hosts = {id(a) for a in draft.hosts}
    arguments = [a for a in draft.actors + draft.recipients if id(a) not in hosts]
    argument_words = {a.get("text") for a in arguments}

    words = token_table(doc)

    # (aid given "to Israel" reaches a state; aid sent there goes to a place)
    transfer = draft.entry.type == "MOBILIZE" or (
        draft.entry.type == "AID" and any(t.lemma_.lower() in _SENDING for t in draft.tokens)
    )
    trigger_words = {t.i for t in draft.tokens if t.pos_ == "NOUN"}
    named_bodies = _names_with_places(doc)

    def usable(place: dict[str, Any]) -> bool:
        found = words.char_tokens(place["start"], place["end"])  # doc.char_span, "expand"
        if found is None:
            return False
        if any(
            s <= place["start"] and place["end"] <= e and e - s > place["end"] - place["start"]
            for s, e in named_bodies
        ):
            return False  # "the Islamic Resistance in Lebanon": a name, not where
        named_for = doc[found[0] : found[1]].root
        if (
            _court_named_for(named_for)
            and named_for.head.head.i == draft.trigger.i
            and _city_place(place)
        ):
            return True  # "an Istanbul court sentenced …": a court sits where it is named for
        if (
            place.get("text") in argument_words
            and place.get("precision") != "site"  # ("struck the al-Tanf garrison": both)
            and not (transfer and _goal(doc, found))
            and not _in_trigger_phrase(doc[found[0] : found[1]].root, draft)
        ):
            return False  # "Tehran would retaliate": the actor, not the place
        # ("was arrested in Iran": where it happened, whoever the country stands for)
        # ("sent lorries of flour to Lebanon": what is sent goes there, to its state)
        # "the US embassy", "Iranian-backed": a modifier names an owner, not a place;
        # but a city before a deed's noun is where it was done ("the Beirut strike")
        root = doc[found[0] : found[1]].root
        if root.dep_ == "compound" and root.head.i in trigger_words and _city_place(place):
            return True
        if root.dep_ in ("compound", "nmod") and place.get("precision") == "site":
            return True  # "the Ain al-Asad base": a site named before the word for its kind
        if (
            # (the tagger may read "Punjab" as an adjective; "Karachi's Lyari district")
            root.dep_ in ("compound", "amod", "poss")
            and root.head.lower_ in _PLACE_HEADS
            # ("the Iraq-Syria border region"; but "the Gorno-Badakhshan region")
            and (not in_hyphenated_word(root) or _hyphened_name(place))
        ):
            return True  # "in Zamfara state", "a Baghdad market": the name of where
        if root.dep_ == "poss" and root.head.lemma_.lower() in UPHEAVALS:
            return True  # "Sudan's coup": where it befell
        if _avenged_there(root, draft):
            return False  # "struck in retaliation for the attack on Erbil": the attack's
        return root.dep_ not in ("compound", "amod", "poss", "nmod")

    inside = [p for p in places if sent.start_char <= p["start"] < sent.end_char and usable(p)]
    # A place attached to the trigger (or to its object) by a locative preposition first.
    attached: list[dict[str, Any]] = []
    aside: list[dict[str, Any]] = []
    launch_sites: list[int] = []  # places an attack came "from"
    material = draft.entry.quad.startswith("material")
    # (a visit promised or planned goes where the visit would: "will visit Brussels")
    # (not one called off: "called off a summit in Amman" was not done there)
    called_off = draft.entry.type in DISCONTINUING
    content = draft.content.type if draft.content and not called_off else None
    consult = "CONSULT" in (draft.entry.type, content)
    if material:
        preps = set(_LOCATIVE_PREPS) | {"on", "to", "from", "toward", "towards", "into"}
        if draft.entry.mode == "withdraw":
            # "withdrew from the base towards El Obeid": done where they left, not where
            # they went
            preps -= {"to", "toward", "towards", "into"}
        pool = inside
    else:
        # A statement's own place hangs on its verb ("said in Baghdad", "a visit to
        # Tehran"); a place inside what it is about ("condemned the attack on Abu
        # Dhabi") is the other act's. Where a visit or a meeting goes is its place even
        # when it is also whom it reaches ("a visit to Tehran").
        preps = set(_LOCATIVE_PREPS) | ({"to"} if consult else set())
        if draft.entry.mode in ("expel", "withdraw"):
            preps.add("from")  # "expelled two diplomats from Nairobi": where it was done
        in_sentence = [p for p in places if sent.start_char <= p["start"] < sent.end_char]
        pool = in_sentence if consult else inside
    for token in draft.tokens:
        if token is not draft.trigger and token.lemma_.lower() in _TOPIC_VERBS:
            continue  # "spoke by phone, discussing the war in Gaza": what was talked about
        if material:
            heads = [token, *[c for c in token.children if c.dep_ in _OBJECT_DEPS | _PASSIVE_SUBJ]]
        else:
            heads = [token]
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass"):
                heads.append(token.head)  # "negotiations resumed in Vienna"
            if consult and token.lemma_.lower() not in _SIDES_OF_A_DEAL:
                # "visited Baghdad", "visited the base in northern Iraq": where one goes
                # (not "brokered a ceasefire between Israel and …": whom it is between)
                visited = [c for c in token.children if c.dep_ in ("dobj", "obj")]
                for place in places:  # (the visited capital is also whom it reaches)
                    if any(
                        v.idx <= place["start"] < v.right_edge.idx + 1
                        and not _inside_whom_received(v, place)
                        for v in visited
                    ):
                        attached.append(place)
        carrier = _carrier(token, draft.entry.light_verbs) if token.pos_ == "NOUN" else None
        if carrier is not None and carrier not in heads:
            # "held joint drills in the Sea of Japan": the verb that carries the noun
            # says where
            heads.append(carrier)
        for head in heads:
            if material and head is not token and head.dep_ in _OBJECT_DEPS | _PASSIVE_SUBJ:
                # "struck the Harir base in Erbil": a site struck is where, before its town
                attached.extend(p for p in pool if _named_in_phrase(p, head))
                if head.lower_ in _KINDS_NAMED_AFTER_OF:
                    # "stormed the village of Wad Ushaib in Gezira state": the village
                    names = _named_after_of(head)
                    attached.extend(
                        p for p in pool if any(p["start"] <= n.idx < p["end"] for n in names)
                    )
            own = head is carrier or not material
            for child in _own_places(head, preps) if own else head.subtree:
                part_of = (
                    child.head.lower_ == "of"
                    and child.lower_ in _KINDS_NAMED_AFTER_OF
                    and child.head.head.lower_ in _PARTS_OF_PLACES
                )  # ("bombed the vicinity of the village of Kani Masi")
                if child.dep_ != "pobj" or (child.head.lower_ not in preps and not part_of):
                    continue  # (the words of a place phrase only)
                if _launched_from(child):
                    continue  # "intercepted a drone launched from Yemen": where it came from
                if not own and _in_told_clause(child, draft):
                    continue  # "seized the ship, claiming it belonged to Israel"
                # (a place of another clause of the act's own: "struck Gaza, a day after
                # rockets were fired at Sderot"; kept for when the act's clause has none)
                found_here = aside if not own and _in_other_clause(child, draft) else attached
                if not range_start(child):
                    # (not the start of a stretch: "the highway from Baghdad to Baiji")
                    # (or the name before a word for its kind: "in Kebbi state")
                    # (a hyphened word is two places, "the Iraq-Syria border region",
                    # unless the gazetteer holds it whole: "the Gorno-Badakhshan region")
                    named = [
                        c
                        for c in child.children
                        if c.dep_ in ("compound", "amod")
                        and (not in_hyphenated_word(c) or _inside_hyphened_place(c, pool))
                    ]
                    kind = child.lower_ in _KINDS_NAMED_AFTER_OF
                    # "near the West Bank city of Nablus": the name after "of" is the
                    # place, the one before it the region it lies in (when the phrase
                    # hangs on the act itself, not on another act inside it)
                    of_names = _named_after_of(child)
                    if of_names:
                        named = of_names if _hangs_on(child.head.head, head) else []
                    matched = [
                        place
                        for place in pool
                        if place["start"] <= child.idx < place["end"]
                        or (kind and any(place["start"] <= c.idx < place["end"] for c in named))
                        # "on the Ain al-Asad base"
                        or _named_in_phrase(place, child, settlements=False)
                    ]
                    if (
                        not matched
                        and child.lower_ in _PLACE_HEADS
                        and not any(c.lower_ == "of" for c in child.children)
                    ):
                        # "in Karachi's Lyari district", "at Tehran's Evin prison", "at
                        # Manila airport": a part of a place no gazetteer holds lies in
                        # its owner
                        owners = [c for c in child.children if c.dep_ in ("poss", "compound")]
                        matched = [
                            place
                            for place in pool
                            if any(place["start"] <= c.idx < place["end"] for c in owners)
                        ]
                    if not matched:
                        matched = _through_the_phrase(child, pool)
                    found_here.extend(matched)
                    if "from" in (child.head.lower_, child.head.head.lower_):  # ("from over X")
                        launch_sites.extend(id(p) for p in matched)
                    told = _settlement_told_before(child, places) if not named else None
                    if told is not None:
                        found_here.append(told)  # "… in Cali. … sent troops to the city"
                    elif not matched and (capital := capital_in_view(child, places)):
                        found_here.append(capital)  # "… in Mali. Clashes broke out in the capital"
    if draft.entry.type in ("ASSAULT", "COERCE") and any(
        id(p) not in launch_sites for p in attached
    ):
        # "missiles fired from over the Golan toward the Damascus countryside": where
        # they struck, not whence
        attached = [p for p in attached if id(p) not in launch_sites]
    if not attached:
        attached.extend(_where_clause_place(draft.trigger, places))
    if not attached:
        attached.extend(_visit_joined_place(draft.trigger, places))
    if not attached:
        attached.extend(_where_speaking(draft.trigger, places))
    if attached:
        candidates = attached
        if transfer:
            # "ordered paratroopers to Kuwait after the storming of the embassy in
            # Baghdad": what is sent goes where it is sent
            goals = [
                p
                for p in attached
                if (f := words.char_tokens(p["start"], p["end"]))
                and _goal(doc, f)
                # (not "closer to Israel": a direction, not where they go)
                and doc[f[0] : f[1]].root.head.head.pos_ in ("VERB", "NOUN")
            ]
            candidates = goals or attached
    elif material:
        # A deed happens somewhere named in its sentence; a statement's place must
        # be attached to it ("said in Baghdad"), or we do not know where it was made.
        # (only a place named as a place: "in Baghdad", "near the border"; not one that
        # acts or is acted upon elsewhere in the sentence: "Washington pressed …")
        located = [
            p
            for p in inside
            if _named_as_place(p, words, doc)
            and not (
                (f := words.char_tokens(p["start"], p["end"])) and _in_told_clause(doc[f[0]], draft)
            )
        ]
        own_clause = [
            p
            for p in located
            if (f := words.char_tokens(p["start"], p["end"]))
            and not _in_other_clause(doc[f[0]], draft)
        ]
        located = own_clause or aside or located
        candidates = [p for p in located if p.get("precision") != "country" or len(located) == 1]
    else:
        # "Protesters in Bishkek demanded …", "officials in Kabul said …": a statement
        # made by people named with where they are was made there
        # (its own subject: not one a participle shares, "… in Basra stormed the
        # consulate, accusing Tehran")
        candidates = (
            [
                place
                for subject in draft.trigger.children
                if subject.dep_ in ("nsubj", "nsubjpass")
                for where in prep_objects(subject, ("in",))
                for place in places
                if place["start"] <= where.idx < place["end"] and _city_place(place)
            ]
            or _closing_its_object(draft, places, acts)
            or _occasion_below(draft, places)
        )
    if not candidates:
        # "Clashes broke out in the capital", "marched through the Kenyan capital"
        candidates = _capital_of_clause(draft, places)
    if not candidates:
        return None
    best = min(
        candidates,
        key=lambda p: (
            {"site": 0, "city": 1, "region": 2, "country": 3}.get(p.get("precision", ""), 4),
            abs(p["start"] - draft.trigger.idx),
        ),
    )
    in_sentence = [p for p in places if sent.start_char <= p["start"] < sent.end_char]
    return narrower_named_before(best, in_sentence, doc)


# Words for divisions and settlements after a place's name ("Kunar province", "Kadisau
# village"): the gazetteer's generic suffixes of those classes.
_DIVISION_HEADS = frozenset(
    {words[0] for words, cls in SUFFIXES if len(words) == 1 and cls in ("region", "county", "city")}
    - {"border", "coast", "coastline", "countryside"}  # (sides, shores: whose is unclear)
)
# Kinds of place whose name may follow "of" ("the village of X", "the island of X").
_KINDS_NAMED_AFTER_OF = _DIVISION_HEADS | {"island"}
# Nouns after a place's name that make the phrase a place ("in Zamfara state", "a busy
# Baghdad market"), unlike an owner's ("the US embassy", "a US base", "Iraqi police"):
# divisions and sites where people gather.
_PLACE_HEADS = _DIVISION_HEADS | frozenset(
    {"market", "marketplace", "bazaar", "mosque", "church", "synagogue", "temple", "shrine",
       "school", "hospital", "square", "street", "neighbourhood", "neighborhood", "suburb",
       "prison", "jail", "checkpoint", "hotel", "university", "stadium", "mall", "highway",
       "road", "bridge", "harbour", "harbor", "port", "refinery", "camp", "outskirts",
       "airport", "airfield", "station", "terminal", "belt", "zone", "area", "quarter",
       "estate", "compound", "countryside", "suburbs", "environs", "periphery"}
)  # fmt: skip


# Acts whose object is the thing asked, promised or refused, not a party or a thing handled.
_ASKED_OR_PROMISED = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT", "CONCEDE"})
# Words a place phrase that closes an object may pass through on its way up to it.
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADP", "ADJ", "DET", "NUM", "CCONJ", "PUNCT"})


def _closing_its_object(
    draft: _Draft, places: Sequence[dict[str, Any]], acts: frozenset[int]
) -> list[dict[str, Any]]:
    """A city in the phrase that closes a statement's object, where the parser hung it
    on the object's last noun ("signed seven agreements on trade in Kathmandu",
    "summoned the Turkish charge d'affaires in Baghdad"): where the statement was made
    — unless a word on the way names another act ("condemned the killing of civilians
    in Gaza": the killing's) or opens a clause."""
    participants = {
        word.lower()
        for actor in draft.actors + draft.recipients
        for word in str(actor.get("text", "")).split()
    }
    found: list[dict[str, Any]] = []
    if draft.entry.type in _ASKED_OR_PROMISED:
        return []  # ("demanding a ceasefire in Gaza": where the thing asked would be)
    verbs = [t for t in draft.tokens if t is draft.trigger or t.lemma_.lower() not in _TOPIC_VERBS]
    objects = [c for t in verbs for c in t.children if c.dep_ in ("dobj", "obj")]
    objects += [c for t in verbs for c in nominal_clauses(t)]
    met: list[Token] = []
    if draft.entry.type == "CONSULT":
        # ("met with the Iranian foreign minister in Baghdad": whom it met, then where)
        met = [o for t in verbs for o in prep_objects(t, ("with",))]
        objects += met
    for obj in objects:  # (not what it is about: "spoke about the war in Gaza")
        for word in obj.subtree:
            if word.dep_ != "pobj" or word.head.lower_ not in ("in", "at"):
                continue
            after = obj.doc[word.right_edge.i + 1 : obj.right_edge.i + 1]
            if any(t.ent_type_ not in ("DATE", "TIME") and t.dep_ != "prep" for t in after):
                continue  # (the phrase must close the object, but for a time: "on Monday")
            path = [obj]
            for above in ancestors(word):
                if above.i == obj.i:
                    break
                path.append(above)
            if any(a.pos_ not in _PHRASE_POS or a.i in acts for a in path):
                continue
            if obj not in met and any(
                t.lower_ in participants for t in obj.doc[obj.i + 1 : word.i]
            ):
                continue  # ("praised the courage of the soldiers in Kharkiv": theirs)
                # (but "talks with his counterpart Xi Jinping in Moscow": where they met)
            found.extend(p for p in places if p["start"] <= word.idx < p["end"] and _city_place(p))
    return found


def _in_other_clause(word: Token, draft: _Draft) -> bool:
    """Whether a word lies in a clause of its own under the act's, one with a subject of
    its own ("a day after rockets were fired at Sderot", "after it took off from
    Tehran", "…, and he was flown to The Hague"): that clause tells another act, whose
    place this one may not share."""
    own = {t.i for t in draft.tokens}
    for clause in ancestors(word):
        if clause.i in own:
            return False
        if (
            clause.dep_ in ("advcl", "ccomp", "conj")
            and clause.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            return not any(clause.left_edge.i <= i <= clause.right_edge.i for i in own)
    return False


def _in_told_clause(word: Token, draft: _Draft) -> bool:
    """Whether a word lies inside a clause someone tells or believes apart from the act
    ("seized the ship, claiming it belonged to Israel"): a place there is what is said,
    not where the act was done."""
    own = {t.i for t in draft.tokens}
    for clause in ancestors(word):
        # (a complement after its verb of telling; one before it is the parser's reading
        # of a sentence joined to the next: "Rockets struck …; the opposition accused")
        # (not the act's own object clause: "struck what it described as a factory in …")
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ in ("VERB", "AUX")
            and clause.i > clause.head.i
            and clause.head.i not in own
        ):
            inside = range(clause.left_edge.i, clause.right_edge.i + 1)
            return not any(i in inside for i in own)
    return False


def _where_clause_place(trigger: Token, places: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The place a "where" clause hangs on, for an act told inside that clause ("flew
    to Tehran, where he met Raisi": the meeting was in Tehran)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "where he went on to meet", "where he met X and signed …"
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children
    ):
        return []
    noun = clause.head
    return [p for p in places if p["start"] <= noun.idx < p["end"]]


# Verbs of coming to a place; an act joined to one was done there.
_COMING = frozenset({"visit", "arrive", "travel", "fly", "come", "go", "tour", "land"})


def _visit_joined_place(trigger: Token, places: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The town a visit went to, for an act joined to the visit ("visited Baghdad and
    held talks with officials", "arrived in Kyiv and announced new aid": there)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if clause.dep_ != "conj" or clause.head.lemma_.lower() not in _COMING:
        return []
    visit = clause.head
    goals = [c for c in visit.children if c.dep_ == "dobj" and visit.lemma_.lower() == "visit"]
    goals += [
        o
        for prep in visit.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "at")
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return [
        p
        for goal in goals
        for p in places
        if p["start"] <= goal.idx < p["end"] and p.get("precision") in ("city", "site")
    ]


# Participles of speaking that set where a speaker's acts of the clause were done.
_SPEAKING = frozenset({"speak", "address", "talk"})
# Settings of speech that say nothing of where the speaker was.
_NOT_WHERE_SPOKEN = frozenset({"interview", "call", "conversation", "statement", "broadcast"})


def _where_speaking(trigger: Token, places: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The town or site a fronted "Speaking at a rally in X" names, for the acts of the
    clause it opens ("Speaking at a rally in Nabatieh, the MP thanked Iran": there)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # ("…, the MP thanked Iran and called on …")
    found: list[dict[str, Any]] = []
    for speaking in clause.children:
        if (
            speaking.dep_ != "advcl"
            or speaking.lemma_.lower() not in _SPEAKING
            or speaking.tag_ != "VBG"
            or speaking.i > clause.i
        ):
            continue
        for word in speaking.subtree:
            if word.lemma_.lower() in _NOT_WHERE_SPOKEN:
                break  # ("speaking in an interview with a Beirut-based network": not there)
            if word.dep_ == "pobj" and word.head.lower_ in ("in", "at"):
                # (the whole phrase: "in the town of Nabatieh")
                first, last = word.left_edge, word.right_edge
                found.extend(
                    p
                    for p in places
                    if first.idx <= p["start"] < last.idx + len(last)
                    and p.get("precision") in ("city", "site")
                )
    return found


def _named_in_phrase(place: dict[str, Any], head: Token, settlements: bool = True) -> bool:
    """Whether a place named in a noun's phrase is where the act on the noun happened: a
    site ("the Ain al-Asad base"), or, with ``settlements``, a town before a word for a
    place where people live or gather ("raided the Jenin camp", "attacked the Kirkuk
    market"; not after "in", where the place phrase itself says where: "in Baghdad's
    Karrada district" is Karrada)."""
    if not head.left_edge.idx <= place["start"] or place["end"] > head.idx + len(head):
        return False
    return place.get("precision") == "site" or (
        settlements
        and place.get("precision") == "city"
        and place["end"] <= head.idx
        and head.lemma_.lower() in _PLACE_HEADS
    )


def _hyphened_name(place: dict[str, Any]) -> bool:
    """Whether a place's name is one hyphened word ("Gorno-Badakhshan")."""
    return "-" in str(place.get("text", ""))


def _inside_hyphened_place(word: Token, places: Sequence[dict[str, Any]]) -> bool:
    """Whether a word is part of one place whose name is hyphened."""
    return any(
        place["start"] <= word.idx < place["end"] and _hyphened_name(place) for place in places
    )


def _city_place(place: dict[str, Any]) -> bool:
    """A place below a country's level: a city, a site, a region."""
    return place.get("precision") in ("site", "city", "county", "region")


def _named_after_of(kind: Token) -> list[Token]:
    """The name a word for a settlement gives after "of" ("the city of Nablus"; not "the
    province of Anbar", finer places inside which the phrase may also hold)."""
    if kind.lower_ not in ("city", "town", "village", "island"):
        return []
    return [g for p in kind.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


# Gatherings whose own place is where what is said at them is said ("accused Israel at
# a summit in Riyadh").
_OCCASIONS = frozenset({"summit", "meeting", "conference", "gathering", "rally", "forum",
                        "ceremony", "funeral", "session", "briefing", "congress",
                        "convention", "celebration", "commemoration", "festival"})  # fmt: skip


def _through_the_phrase(word: Token, pool: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where a place phrase names no place itself but says where through its own
    phrase: a gathering's place ("at a summit in Riyadh")."""
    if word.lemma_.lower() not in _OCCASIONS:
        return []  # (not "on the road between Baghdad and Samarra": somewhere on it)
    inner = prep_objects(word, ("in", "at"))
    return [p for p in pool for w in inner if p["start"] <= w.idx < p["end"]]


def _occasion_below(draft: _Draft, places: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gathering a statement was made at, where the parser hung it on the act the
    statement is about ("accused Israel of committing genocide at a summit in Riyadh":
    the accusation was made at the summit)."""
    found: list[dict[str, Any]] = []
    gerunds = [
        g
        for p in draft.trigger.children
        if p.dep_ == "prep" and p.lower_ in ("of", "for")
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]
    for gerund in gerunds:
        for occasion in prep_objects(gerund, ("at", "during")):
            if occasion.lemma_.lower() in _OCCASIONS:
                found.extend(_through_the_phrase(occasion, places))
    return found


def _hangs_on(word: Token, act: Token) -> bool:
    """Whether a word is the act itself or in its own phrases, with no other verb between
    ("opened fire on a minibus near the town of Kidal": the minibus the fire was on)."""
    for _ in range(6):
        if word.i == act.i:
            return True
        holding = word.dep_ == "acl" and word.lemma_.lower() in CARRYING
        # ("killed farmers working in their fields near the village of Dumba": where
        # those acted on were when it befell them)
        doing = (
            word.dep_ == "acl"
            and word.tag_ == "VBG"
            and word.head.dep_ in ("dobj", "obj", "nsubjpass")
            and word.head.head.i == act.i
        )
        if (word.pos_ in ("VERB", "AUX") and not (holding or doing)) or word.head.i == word.i:
            return False  # (but "struck a vehicle carrying X near the town of Y": the vehicle's)
        if word.dep_ in ("prep", "pcomp") and word.lower_ in _BACKGROUND_PREPS:
            return False  # ("three days after a gas attack on the town of Idlib")
        word = word.head
    return False


# Words that refer back to a town or city named before ("to the city", "in the capital").
_SETTLEMENT_WORDS = {"city", "town", "village", "capital"}


def _settlement_told_before(word: Token, places: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The town a bare "the city" or "the capital" refers back to: the nearest one named
    before it, in its sentence or the two before ("clashed with protesters in the city of
    Cali. … ordered the deployment of troops to the city")."""
    if word.lower_ not in _SETTLEMENT_WORDS or word.tag_ != "NN":
        return None
    lefts = list(word.lefts)
    if [c.lower_ for c in lefts] != ["the"] or any(c.dep_ == "prep" for c in word.rights):
        return None  # ("the Iraqi capital", "the city of Mosul": named otherwise)
    earliest = min(s.start_char for s in [word.sent, *_previous_sentences(word.sent, 2)])
    towns = [
        p
        for p in places
        if earliest <= p["start"] < word.idx and p.get("precision") in ("city", "site")
    ]
    return max(towns, key=lambda p: int(p["start"])) if towns else None


def _launched_from(word: Token) -> bool:
    """A place a thing acted upon came from, told by a participle on it ("a drone
    launched from Yemen", "missiles fired from Gaza"): not where the act on it was."""
    prep = word.head
    return (
        word.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.dep_ == "acl"
        and prep.head.tag_ == "VBN"
        and prep.head.head.dep_ in ("dobj", "obj")
    )


def _capital_of_clause(draft: _Draft, places: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The capital a deed's own clause says it was done in ("Clashes broke out in the
    capital"), as :func:`capital_in_view` reads it."""
    trigger = draft.trigger
    clause = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    lower = token_table(trigger.doc).lower
    if "capital" not in lower[clause.left_edge.i : clause.right_edge.i + 1]:
        return []  # (most clauses: no word to read, no token to make)
    for word in clause.subtree:
        if (
            word.dep_ == "pobj"
            and word.head.lower_ in _THROUGH_PREPS
            and word.head.head.i
            in (
                clause.i,
                trigger.i,
            )
        ):
            capital = capital_in_view(word, places)
            if capital is not None:
                return [capital]
    return []


# Prepositions of where a deed was done, with those of a way through a place.
_THROUGH_PREPS = frozenset({*_LOCATIVE_PREPS, "through", "across", "around", "into"})


def capital_in_view(word: Token, places: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The capital city "the capital" or "the Malian capital" stands for, when no town is
    named before it: that of the one country its adjective names, or of the one country
    the places of its sentence and the two before lie in. Its record keeps the words
    ("the capital") and the form ``description``."""
    if word.lemma_.lower() != "capital" or word.tag_ != "NN":
        return None
    lefts = [c for c in word.lefts if c.dep_ != "punct"]
    if not lefts or lefts[0].lower_ != "the" or any(c.dep_ == "prep" for c in word.rights):
        return None  # ("a capital", "the capital of Chad": named otherwise)
    adjectives = lefts[1:]
    if adjectives:
        nationality = _agents().nationality(" ".join(c.text for c in adjectives))
        country = nationality.country if nationality is not None else None
    else:
        earliest = min(s.start_char for s in [word.sent, *_previous_sentences(word.sent, 2)])
        seen = {
            str(p["country"])
            for p in places
            if earliest <= p["start"] < word.idx and p.get("country")
        }
        country = next(iter(seen)) if len(seen) == 1 else None
    capitals = word.doc._.capitals if Doc.has_extension("capitals") else None
    city = (capitals or {}).get(country) if country else None
    if city is None:
        return None
    start, end = lefts[0].idx, word.idx + len(word)
    return dict(city, start=start, end=end, text=word.doc.text[start:end])


def _goal(doc: Any, found: tuple[int, int]) -> bool:
    """Whether a place is named as where something is sent ("to Lebanon")."""
    root = doc[found[0] : found[1]].root
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "into")


def _own_places(verb: Token, preps: set[str]) -> list[Token]:
    """The words of the place phrases hanging on a word itself ("met in Vienna", "met at
    the cleric's home in Najaf"), or on the participle that says where a meeting was
    held ("the summit, held in Cairo")."""
    holders = [verb]
    if verb.pos_ in ("NOUN", "PROPN"):
        holders += [
            c for c in verb.children if c.dep_ == "acl" and c.lemma_.lower() in _MEETING_HELD
        ]
    return [
        t
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for t in prep.subtree
    ]


# Participles that say where a meeting or an event was held ("a summit held in Cairo").
_MEETING_HELD = frozenset({"hold", "convene", "host", "organise", "organize", "stage"})


def _named_as_place(place: dict[str, Any], words: Any, doc: Any) -> bool:
    """Whether a place's words stand where a place is named ("in Baghdad", "stormed
    Sinjar", "Baghdad's Tahrir Square") rather than as a subject, an owner or a party."""
    found = words.char_tokens(place["start"], place["end"])
    if found is None:
        return False
    root = doc[found[0] : found[1]].root
    if patron_in_word(root):
        return False  # "Iran-backed militias": an owner's name inside a word
    if subject_of_next_clause(root):
        return False  # "occupy the territory and Washington claims …": who claims
    if _court_named_for(root):
        return True
    while root.dep_ in ("compound", "conj", "appos") and root.head.i != root.i:
        root = root.head
    governor = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ in ("pobj", "dobj") and governor.lemma_.lower() in _BLAMING:
        return False  # "blamed Israel for the killing", "was blamed on Iran": a party
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        # "the city of Mosul", "parts of Syria", "the battle of Tikrit" (not "the
        # scourge of US supported ISIS": no place of anything)
        head = root.head.head
        return any(
            word in _PLACE_HEADS or word in _PARTS_OF_PLACES or word in _HAPPENINGS_OF
            for word in (head.lower_, head.lemma_.lower())  # ("outskirts": "outskirt")
        )
    if root.dep_ == "pobj" and root.head.lower_ == "with":
        # "the conflict with Israel", "clashed with Syria": a party ("on the border with
        # Syria" names where)
        return governor.lemma_.lower() in ("border", "frontier", "boundary")
    if root.dep_ == "pobj" or (root.dep_ == "pcomp" and root.head.dep_ == "prep"):
        # (a name the parser took for a gerund: "a village in Sagaing region")
        return root.head.lower_ not in _NOT_PLACE_PREPS
    if root.dep_ == "dobj" and governor.lemma_.lower() in _HOUSING:
        return False  # "the airbase, which hosts US forces": whose forces, not where
    if root.dep_ == "dobj" and governor.lemma_.lower() in _ASKING_OF:
        return False  # "… prompting the leaders to ask Russia for military assistance"
    if root.dep_ == "dobj" and governor.lemma_.lower() in _STIRRING:
        return False  # "raided exchange offices, angering Serbia": whom it stirred
    return root.dep_ in ("dobj", "npadvmod", "oprd")  # "stormed Sinjar"


def _court_named_for(word: Token) -> bool:
    """The city before a court ("an Istanbul court"): where the court sits."""
    return word.dep_ == "compound" and word.head.lemma_.lower() in ("court", "tribunal")


def _avenged_there(root: Token, draft: _Draft) -> bool:
    """A place inside the phrase that names what an act avenges ("in retaliation for the
    rocket attack on Erbil"): where the avenged act was done, not this one."""
    own = {t.i for t in draft.tokens}
    for above in ancestors(root, 6):
        if above.i in own:
            return False
        if above.lemma_.lower() in AVENGING and above.pos_ == "NOUN":
            return True
    return False


# Verbs of stirring someone's feelings or moving them to act: their object is a party.
_STIRRING = {"anger", "infuriate", "enrage", "upset", "irritate", "alarm", "worry", "concern",
             "provoke", "prompt", "push", "spur", "embarrass", "surprise", "shock", "please",
             "outrage", "antagonize", "antagonise", "rattle", "unsettle"}  # fmt: skip
# Verbs of asking or telling someone: their object is whom they reach, never where.
_ASKING_OF = frozenset({"ask", "urge", "tell", "call", "invite", "thank", "warn", "accuse",
                        "request", "beg", "press", "persuade", "convince", "inform"})  # fmt: skip


# Verbs of housing or holding people, whose object names who is held, not a place.
_HOUSING = frozenset({"host", "house", "hold", "contain", "include", "accommodate",
                      "shelter", "harbour", "harbor", "station", "employ"})  # fmt: skip


# Nouns of what befalls a place, whose "of" phrase names it ("the battle of Tikrit",
# "the fall of Mosul", "the storming of the US Embassy in Baghdad").
_HAPPENINGS_OF = frozenset({"battle", "fall", "siege", "storming", "invasion", "occupation",
                            "liberation", "capture", "recapture", "control", "seizure",
                            "takeover", "bombing", "bombardment", "shelling", "war",
                            "blockade", "evacuation", "sack", "destruction", "defence",
                            "defense", "encirclement", "assault", "attack", "raid",
                            "annexation", "partition", "streets"})  # fmt: skip
# Nouns whose "of" phrase names the place they are a part of ("the outskirts of Kabul").
_PARTS_OF_PLACES = frozenset({"city", "town", "village", "capital", "outskirts", "suburb",
                              "heart", "centre", "center", "north", "south", "east", "west",
                              "part", "area", "region", "province", "district", "territory",
                              "coast", "border", "countryside", "edge", "compound",
                              "perimeter", "gate", "premises", "grounds", "vicinity",
                              "entrance", "headquarters", "building", "camp", "base",
                              "mountain", "mountains", "hill", "hills", "forest", "jungle",
                              "valley", "desert", "island", "islands", "department",
                              "state", "county", "governorate", "prefecture", "commune",
                              "municipality", "neighbourhood", "neighborhood", "plain",
                              "plains", "coastline", "waters", "port", "suburbs"})  # fmt: skip


# Verbs whose object or "on" phrase is whom a deed is laid on, not where it was done.
_BLAMING = {"blame", "accuse", "pin", "fault", "suspect", "condemn", "hold"}

# Prepositions whose place is a party, an origin or a goal, not where a deed was done
# ("condemnation from Baghdad", "a message for Riyadh", "flown home to Doha").
# ("tensions between Baghdad and the PMU", "the road between Baghdad and Samarra":
# parties, or the ends of a stretch; "fought alongside the US": a partner)
_NOT_PLACE_PREPS = {"from", "by", "for", "against", "to", "toward", "towards", "between",
                    "alongside"}  # fmt: skip


def _in_trigger_phrase(root: Token, draft: _Draft) -> bool:
    """A place in an "in" phrase of the trigger itself ("was arrested in Iran")."""
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "in"
        and any(prep.head.i == t.i for t in draft.tokens)
    )


def without_place_names(draft: _Draft, places: Sequence[dict[str, Any]]) -> None:
    """Drop from an event's parties the names the actor layer could not place but the
    place layer reads as places ("dropped barrel bombs on Daraa": where, not whom), and
    kinds of people read off a word inside a place's name ("Sheikh Jarrah")."""
    spans = {(p["start"], p["end"]) for p in places}

    def a_place(actor: dict[str, Any]) -> bool:
        provisional = str(actor.get("id", "")).startswith(("~organization:", "~person:"))
        if provisional and (actor.get("start"), actor.get("end")) in spans:
            return True
        start, end = actor.get("start"), actor.get("end")
        # a word of a place's name read as a kind of person ("Sheikh" of "Sheikh Jarrah")
        return (
            str(actor.get("id", "")).startswith("~agent:")
            and not actor.get("country")  # ("Iraqi" of "Iraqi Kurdistan" names a state)
            and isinstance(start, int)
            and isinstance(end, int)
            and any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
        )

    draft.recipients = [r for r in draft.recipients if not a_place(r)]
    draft.actors = [a for a in draft.actors if not a_place(a)]


# Words by which a sentence points back to the place told just before ("cordoned off the
# area", "clashes there").
_THERE = {"there"}
_THE_SCENE = {"area", "scene", "site", "spot"}


def carried_place(draft: _Draft, earlier: Sequence[_Draft]) -> dict[str, Any] | None:
    """Where an act with no place of its own happened, told in the sentence after one that
    gave a town or a site: "Grossi arrived in Tehran. He met Eslami on Sunday" (the same
    doers, referred back to, in the past of the main clause), or "Troops later cordoned
    off the area" and "clashes there" (the words point back to the place). A country
    says too little to carry."""
    verb = _clause_verb(draft)
    # (a main clause, one a report tells, or one joined to either)
    reported = verb is not None and verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"
    if verb is None or verb.tag_ != "VBD" or not (verb.dep_ in ("ROOT", "conj") or reported):
        return None
    # ("cordoned off the area and detained suspects": the verb it is joined to says so)
    clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    pointing = any(
        (c.dep_ == "advmod" and c.lower_ in _THERE)
        or (
            c.dep_ in ("dobj", "obj", "pobj")
            and c.lemma_.lower() in _THE_SCENE
            and any(d.lower_ == "the" for d in c.children)
        )
        for clause in clauses
        for t in (clause, *(c for c in clause.children if c.dep_ in ("prt", "prep")))
        for c in t.children
    )
    # (the doers or those acted on, referred back to: "Police used water cannon to
    # disperse them")
    ids = {str(a.get("id")) for a in draft.actors + draft.recipients if _refers_back(a, verb.doc)}
    if not pointing and not ids:
        return None
    sent = draft.trigger.sent
    if sent.start == 0:
        return None
    before = verb.doc[sent.start - 1].sent  # (the sentence just before, whatever paragraph)
    for other in reversed(earlier):
        if other.trigger.i >= sent.start:
            continue
        if other.trigger.i < before.start:
            break  # (the drafts come in the order of the text)
        place = other.location
        if place is None or place.get("precision") not in ("city", "site"):
            continue
        if pointing or ids & {str(a.get("id")) for a in other.actors + other.recipients}:
            return place
    return None
