"""Frames of intent, commitment and obligation: what a sentence commits to or demands is
coded as the commitment or the demand, not as the act itself.

* **Intent and commitment** — "A will [act]", "A is ready / willing / prepared to [act]",
  "A plans / intends / aims to [act]", "A said it would [act]": the event is A's
  statement of intent, AGREE when the act would help the other side (CAMEO 03: intent to
  meet, to aid, to cooperate, to yield) and THREATEN when it would harm it (CAMEO 13).
  "A will not [help]" is a refusal (REJECT). The act itself has not happened and is not
  emitted.
* **Obligation** — "X said B must [act]", "X insisted that B should [act]": X demands
  it of B (REQUEST, CAMEO 10), whether or not the lexicon knows the act. Without anyone
  who says so ("B must act" in an editorial) the act is only hypothetical (see
  :mod:`annalyst.nlp.events.status`).

Acts that are already the content of an intent or a demand word ("vowed to retaliate",
"called on B to withdraw") are dropped earlier, in selection.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from annalyst.knowledge.events import EventLexicon, EventOntology, Trigger
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.events.carriers import CARRYING_PREPS
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.events.unnamed import _in_place
from annalyst.nlp.events.words import told_as_own
from annalyst.nlp.syntax import ancestors, is_verb, logical_objects, logical_subjects
from annalyst.nlp.syntax_words import GUESSING, PERSONAL_PRONOUNS, PROMISING
from annalyst.nlp.tokentable import token_table

# Verbs that carry a noun's act in a frame ("will hold talks", "will launch an attack").
_LIGHT = {
    "hold",
    "have",
    "launch",
    "conduct",
    "carry",
    "stage",
    "make",
    "take",
    "give",
    "issue",
    "impose",
    "sign",
    "reach",
    "begin",
    "start",
    "resume",
    "send",
    "provide",
    "host",
    "open",
    "pay",
    "mount",
    "wage",
    "deliver",
    "extend",
    "offer",
    "announce",
    "declare",
}
_WILL = {"will", "shall", "'ll", "wo"}
_READY = {"ready", "willing", "prepared", "determined", "eager", "keen", "poised", "set"}
_INTENT = {"plan", "intend", "aim", "seek", "want", "wish", "mean", "look", "go", "vow", "pledge",
           "swear"}  # fmt: skip
_HESITATE = {"hesitate", "waver"}
_MUST = {"must", "should", "ought"}
_NEED = {"have", "need"}
_SAY = {
    "say",
    "tell",
    "insist",
    "stress",
    "state",
    "add",
    "argue",
    "declare",
    "affirm",
    "reaffirm",
    "emphasize",
    "emphasise",
    "underline",
    "demand",
    "warn",
    "write",
    "tweet",
    "announce",
    "urge",
    "believe",
}
_IF = {"if", "unless"}

# The commitment each kind of act turns into, with its mode.
_AGREE_MODE = {
    "CONSULT": "meet",
    "AID": "aid",
    "COOPERATE": "cooperate",
    "SUPPORT": "diplomatic",
    "RETREAT": "yield",
    "CONCEDE": "yield",
    "AGREE": None,
}
_THREATEN_MODE = {
    "ASSAULT": "violence",
    "PROTEST": "dissent",
    "SANCTION": "relations",
    "COERCE": "restrict",
}
_COERCE_THREAT = {"arrest": "arrest", "ban": "ban", "annex": "territory", "occupy": "territory"}
_DEMAND_MODE = {
    "AID": "assist",
    "COOPERATE": "assist",
    "CONSULT": "meet",
    "AGREE": "meet",
    "RETREAT": "yield",
    "CONCEDE": "yield",
}
_REFUSE_MODE = _DEMAND_MODE


def _clause_verb(draft: _Draft) -> Token | None:
    token = draft.trigger
    if is_verb(token):
        return token
    head = token.head
    if head.i != token.i and is_verb(head) and token.dep_ in ("dobj", "obj", "nsubjpass"):
        # "will hold talks" (not "would pursue the withdrawal": the pursuing is not the
        # withdrawing, and whoever withdraws has not promised to)
        lemma = head.lemma_.lower()
        if lemma in draft.entry.light_verbs or lemma in _LIGHT:
            return head
    if (
        token.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in CARRYING_PREPS
        and is_verb(head.head)
        and head.head.lemma_.lower() in draft.entry.light_verbs
    ):
        return head.head  # "is ready to sit at the negotiating table", "went on strike"
    return None


def _has_aux(verb: Token, words: set[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in verb.children)


def _conditional(verb: Token) -> bool:
    """Inside an if-clause, or bound to one ("would release them if Israel withdrew")."""
    for current in [verb, *ancestors(verb, 3)]:
        if any(c.dep_ == "mark" and c.lower_ in _IF for c in current.children):
            return True
    return any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _IF for g in c.children)
        for c in verb.children
    )


def _reporter(verb: Token) -> Token | None:
    """The verb of saying whose complement this clause is ("said B must …")."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head.i == current.i:
            return None
        current = current.head
        if current.lemma_.lower() in _SAY and is_verb(current):
            return current
    return None


def intent_of(verb: Token, harm: bool = False) -> Token | None:
    """The word that makes a clause a statement of intent, if any. With ``harm`` (an act
    against another side), "said it would strike … if …" is one too: a conditional
    threat is a threat."""
    if (
        verb.dep_ == "conj"
        and is_verb(verb.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "is ready to sit at the table and discuss": both verbs share the frame
        shared = intent_of(verb.head, harm)
        if shared is not None:
            return shared
    conditional = _conditional(verb)
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in _WILL:
            # "will strike if the rockets continue": a conditional threat is a threat
            return child
        if (
            child.dep_ == "aux"
            and child.lower_ == "would"
            and _reporter(verb) is not None
            and (harm or not conditional)
        ):
            return child  # "said it would retaliate": the future of a reported promise
    if conditional:
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        if head.lemma_.lower() in _INTENT and is_verb(head):
            return head
        if head.lower_ in _READY:
            return head
        if head.lemma_.lower() in _HESITATE and any(c.dep_ == "neg" for c in head.children):
            return head  # "will not hesitate to strike": a resolve to act
    return None


def obligation_of(verb: Token) -> Token | None:
    """The modal that makes a clause an obligation ("must withdraw", "has to stop")."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in _MUST:
            return child
    head = verb.head
    if (
        verb.dep_ == "xcomp"
        and head.i != verb.i
        and head.lemma_.lower() in _NEED
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return head
    return None


def _retyped(
    entry: Trigger, etype: str, mode: str | None, ontology: EventOntology, frame: str
) -> Trigger:
    cameo = ontology.cameo_for(etype, mode)
    return entry.model_copy(
        update={
            "id": f"{frame}:{entry.id}",
            "type": etype,
            "mode": mode,
            "cameo": cameo,
            "quad": ontology.quad(etype),
            "intensity": ontology.intensity(etype, mode),
        }
    )


# Words that name the one addressed as a foe ("promised the occupiers that …").
_FOES = {"occupier", "enemy", "invader", "aggressor", "oppressor", "foe", "adversary",
         "occupation", "aggression"}  # fmt: skip


def promised_to_foes(draft: _Draft, ontology: EventOntology) -> None:
    """A promise made to one named as a foe is a threat ("promised the evil occupiers
    that the resistance would have the final say")."""
    if draft.entry.type != "AGREE" or draft.trigger.lemma_.lower() not in PROMISING:
        return
    foes = [
        r
        for r in draft.recipients
        if str(r.get("text", "")).lower().rstrip("s").rsplit(" ", 1)[-1] in _FOES
    ]
    if foes:
        draft.entry = _retyped(draft.entry, "THREATEN", None, ontology, "promise")


# Spans of time given as a deadline ("gave Hamas 48 hours to release the hostages").
_SPANS = {"hour", "day", "week", "month", "deadline"}
_UNTIL = {"until", "till"}


# Verbs that make a threat; an "if" clause on them is the threat's condition.
_THREATENING = {"threaten", "warn", "vow"}
_MODALS = {"could", "might", "may", "would", "should", "will", "can"}


def threat_condition(token: Token) -> Token | None:
    """The verb of the condition a threat is made on ("threatened to close the strait
    if the US attacks"): the threat itself is made, whatever the condition. None when
    the threat verb has a modal of its own ("could threaten …" is only possible)."""
    if token.lemma_.lower() not in _THREATENING or _has_aux(token, _MODALS):
        return None
    # the condition hangs on the threat or on the act threatened ("to retaliate if …")
    acts = [token, *(c for c in token.children if c.dep_ in ("xcomp", "ccomp"))]
    return next(
        (
            c
            for act in acts
            for c in act.children
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _IF for g in c.children)
        ),
        None,
    )


def apply_threat_condition(draft: _Draft, mentions: dict[int, ResolvedMention]) -> None:
    """Address a threat made on a condition to whoever the condition names as acting
    ("… if the US attacks": the threat is to the US), when it names no one else."""
    # ("threatened to bring his followers onto the streets if the courts …": its own
    # people are what it would use, not whom it threatens)
    others = [r for r in draft.recipients if not told_as_own(r)]
    if draft.entry.type != "THREATEN" or others:
        return
    condition = threat_condition(draft.trigger)
    if condition is None:
        return
    doers = [c for c in condition.children if c.dep_ in ("nsubj", "compound")]
    resolved = _resolve_args(doers, mentions)
    actors = {str(a.get("id")) for a in draft.actors}
    named = [r for r in resolved if str(r.get("id")) not in actors][:1]
    if named or not draft.recipients:
        draft.recipients = named


def apply_deadline(
    draft: _Draft, ontology: EventOntology, mentions: dict[int, ResolvedMention]
) -> None:
    """Turn "A gave B 48 hours to [act]" into A's ultimatum to B (THREATEN, CAMEO 139),
    with the act as its content: B has not done it, and A threatens what follows."""
    verb = draft.trigger
    if not is_verb(verb) or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    head = verb.head
    if verb.dep_ == "relcl" and head.dep_ == "pobj" and head.head.lower_ in _UNTIL:
        head = head.head.head  # "gave Washington until the end of the month to withdraw"
    elif verb.dep_ not in ("advcl", "xcomp"):
        return
    spans = [
        c
        for c in head.children
        if (c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _SPANS)
        or (c.dep_ == "prep" and c.lower_ in _UNTIL)
    ]
    if head.lemma_.lower() not in ("give", "grant") or not spans:
        return
    # whom the time is given: "gave the government 48 hours", "gave Washington until …"
    given = [c for c in head.children if c.dep_ == "dative"] or [
        c for c in head.children if c.dep_ == "dobj" and c not in spans
    ]
    givers = _resolve_args(logical_subjects(head), mentions)
    if not given or not givers:
        return
    draft.content = draft.entry
    draft.entry = _retyped(draft.entry, "THREATEN", None, ontology, "deadline").model_copy(
        update={"cameo": "139"}
    )
    draft.frame = "demand"
    draft.actors = givers
    draft.recipients = _resolve_args(given, mentions)
    draft.tokens = [head, *draft.tokens]


# Nouns of an imagined course of events: what happens "in" them is not promised.
_IMAGINED = {"scenario", "possibility", "eventuality", "prospect", "case", "situation", "world"}


def imagined(verb: Token) -> bool:
    """A clause that describes an imagined course of events: "a war scenario in which
    the Axis will openly target Israel" is a forecast, not the Axis's threat."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in _IMAGINED


def apply_intent(draft: _Draft, ontology: EventOntology) -> None:
    """Turn "A will / is ready to [act]" into A's commitment (AGREE or THREATEN)."""
    verb = _clause_verb(draft)
    if verb is None or not draft.actors or imagined(verb) or _foretold(verb, draft):
        return
    etype = draft.entry.type
    marker = intent_of(verb, harm=etype in _THREATEN_MODE)
    if marker is None:
        return
    # ("will not hesitate to": the negation belongs to the marker, whose sense it makes)
    marker_neg = [] if marker.lemma_.lower() in _HESITATE else list(marker.children)
    negated = any(c.dep_ == "neg" for c in [*verb.children, *marker_neg])
    if negated:
        if etype in _REFUSE_MODE or etype in ("SUPPORT",):
            # "will not accept", "won't withdraw": a refusal
            draft.entry = _retyped(
                draft.entry, "REJECT", _REFUSE_MODE.get(etype, "change"), ontology, "refusal"
            )
            draft.frame = "refusal"
        return
    promised = draft.entry
    if etype in _AGREE_MODE:
        mode = _AGREE_MODE[etype] if etype != "AGREE" else draft.entry.mode
        draft.entry = _retyped(draft.entry, "AGREE", mode, ontology, "intent")
    elif etype in _THREATEN_MODE:
        mode = _THREATEN_MODE[etype]
        if etype == "COERCE":
            mode = _COERCE_THREAT.get(draft.entry.mode or "", "restrict")
        draft.entry = _retyped(draft.entry, "THREATEN", mode, ontology, "intent")
    else:
        # words about words ("will reject", "will demand") and deployments ("will deploy
        # a battery to Israel": a threat only if aimed at someone) keep their type
        return
    draft.frame = "intent"
    draft.content = draft.content or promised  # (what is promised: "will visit Brussels")
    draft.tokens.append(marker)


# Verbs by which someone foretells another's act ("Armenia says Azerbaijan will attack").
_FORETELLING = {"say", "tell", "claim", "predict", "expect", "believe", "think", "fear",
                "suggest", "report", "allege", "assess", "estimate", "forecast"}  # fmt: skip
# Words that put an act in doubt ("it is likely that X will …").
_LIKELIHOOD = {"likely", "unlikely", "possible", "probable", "unclear", "doubtful", "uncertain"}


def in_doubt(verb: Token) -> bool:
    """A clause said to be likely, possible or unclear ("it is possible that Iran
    supplied missiles"): no more than possible."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "acomp" and c.lower_ in _LIKELIHOOD for c in head.children)
    )


def _foretold(verb: Token, draft: _Draft) -> bool:
    """An act told of as what another foresees, not as the actor's own commitment:
    "Armenia says Azerbaijan will attack", "it is likely that X will attack", "will X
    attack?". Said by the actor itself ("Iran said it will respond"), it is a threat."""
    last = next((t for t in reversed(verb.sent) if not t.is_space), verb)
    if last.text == "?" or any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True
    if in_doubt(verb):
        return True
    if verb.dep_ != "ccomp":
        return False
    head = verb.head
    if head.lemma_.lower() in GUESSING:
        return True  # "it would be logical to assume that the Axis will take countermeasures"
    if head.lemma_.lower() not in _FORETELLING:
        return False
    # another state foretelling it ("Armenia says Azerbaijan will attack"); a person
    # or a source may be telling the actor's own plan ("Erdogan said Turkey would …")
    # (a place the document locates, whatever the tagger calls it: "Erdogan" tagged a
    # place is no state, "Armenia" tagged an organisation is one)
    reporters = [r for r in logical_subjects(head) if _in_place(r)]
    if not reporters:
        return False
    actor_starts = {a.get("start") for a in draft.actors} | {
        a.get("ref_start") for a in draft.actors
    }
    if any(str(a.get("text", "")).lower() in PERSONAL_PRONOUNS for a in draft.actors):
        return False  # "X said it will …": its own word
    return not any(r.left_edge.idx in actor_starts or r.idx in actor_starts for r in reporters)


# What someone "should know" or "must understand" is an admonition, no demand to act.
_KNOWING = {"know", "understand", "realize", "realise", "remember", "recognize", "recognise"}


def obligations(
    sent: Span,
    drafts: list[_Draft],
    lexicon: EventLexicon,
    ontology: EventOntology,
    mentions: dict[int, ResolvedMention],
) -> list[_Draft]:
    """Demands read from "X said B must [act]": retype the act's event or make one."""
    by_verb: dict[int, _Draft] = {}
    for draft in drafts:
        verb = _clause_verb(draft)
        if verb is not None:
            by_verb[verb.i] = draft
    template = _request_template(lexicon)
    out: list[_Draft] = []
    doc = sent.doc
    for i in _may_be_obliged(sent):
        token = doc[i]
        if not is_verb(token):
            continue
        modal = obligation_of(token)
        if modal is None or _conditional(token) or token.lemma_.lower() in _KNOWING:
            continue  # ("the occupiers should know that …": a warning, not a demand)
        if token.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in token.children):
            continue  # "X should be the last one to lecture us": a verdict, not a demand
        reporter = _reporter(token)
        if reporter is None:
            continue
        speakers = _resolve_args(logical_subjects(reporter), mentions)
        if not speakers:
            continue
        existing = by_verb.get(token.i)
        if existing is None and any(t.lower_ in ("we", "i") for t in logical_subjects(token)):
            continue  # "we should take advantage of them", "we have to work on …": resolve
        mode = _DEMAND_MODE.get(existing.entry.type if existing else "", "change")
        if existing is not None:
            draft = existing
        elif template is not None:
            draft = _Draft(token, template, [token])
            out.append(draft)
        else:
            continue
        draft.entry = _retyped(draft.entry, "REQUEST", mode, ontology, "demand")
        draft.frame = "demand"
        if modal not in draft.tokens:
            draft.tokens.append(modal)
        obliged = logical_subjects(token) or logical_objects(token)
        draft.actors = speakers
        taken = {str(a["id"]) for a in speakers}
        draft.recipients = [
            r for r in _resolve_args(obliged, mentions) if str(r["id"]) not in taken
        ]
    return out


def _may_be_obliged(sent: Span) -> list[int]:
    """The tokens of the sentence for which :func:`obligation_of` can find a modal (a
    "must" among their children, or an xcomp under "have"/"need"), in order, read from
    the token table."""
    w = token_table(sent.doc)
    dep, head, lower, lemma = w.dep, w.head, w.lower, w.lemma
    found: set[int] = set()
    for j in range(sent.start, sent.end):
        h = head[j]
        if h == j:
            continue
        if dep[j] in ("aux", "auxpass") and lower[j] in _MUST:
            found.add(h)
        elif dep[j] == "xcomp" and lemma[h].lower() in _NEED:
            found.add(j)
    return sorted(i for i in found if sent.start <= i < sent.end)


def _request_template(lexicon: EventLexicon) -> Trigger | None:
    found = lexicon.by_lemma("demand", "VERB")
    return found[0] if found else None


# CAMEO gives appeals (02), intentions (03), demands (10) and rejections (12) one
# pattern of sub-codes by what is appealed for, intended, demanded or rejected: x1
# material cooperation (x11 economic … x14 intelligence), x2 diplomatic cooperation, x3
# aid (x31 economic, x32 military, x33 humanitarian, x34 protection), x5 concessions
# (x51 administrative sanctions, x52 dissent, x53 release, x54 economic sanctions, x55
# international involvement, x56 de-escalation), x6 meeting or negotiation, x7
# settlement, x8 mediation.
_CONTENT_SUFFIX: dict[tuple[str, str | None], str] = {
    ("COOPERATE", "economic"): "11",
    ("COOPERATE", "military"): "12",
    ("COOPERATE", "judicial"): "13",
    ("COOPERATE", "intelligence"): "14",
    ("COOPERATE", None): "1",
    ("SUPPORT", None): "2",
    ("AID", "economic"): "31",
    ("AID", "military"): "32",
    ("AID", "humanitarian"): "33",
    ("AID", "peacekeeping"): "34",
    ("AID", None): "3",
    ("RETREAT", "ease"): "51",
    ("CONCEDE", "dissent"): "52",
    ("RETREAT", "release"): "53",
    ("RETREAT", "access"): "55",
    ("RETREAT", "withdraw"): "56",
    ("RETREAT", "ceasefire"): "56",
    ("CONCEDE", "ceasefire"): "56",
    ("CONSULT", None): "6",
    ("AGREE", "settle"): "7",
    ("CONSULT", "mediate"): "8",
    ("AGREE", "mediate"): "8",
}
_CONTENT_ROOTS = {"02", "03", "10", "12"}


def refine_by_content(draft: _Draft, ontology: EventOntology) -> None:
    """Give a request, a commitment or a rejection the mode and CAMEO code of what it is
    about: "called for humanitarian aid" is REQUEST (assist), CAMEO 0233."""
    content = draft.content
    entry = draft.entry
    if content is None or entry.type not in ("REQUEST", "AGREE", "REJECT"):
        return
    table = _AGREE_MODE if entry.type == "AGREE" else _DEMAND_MODE
    mode = entry.mode or table.get(content.type) or ("change" if entry.type != "AGREE" else None)
    root = entry.cameo[:2]
    code = None
    if root in _CONTENT_ROOTS:
        for key in ((content.type, content.mode), (content.type, None)):
            suffix = _CONTENT_SUFFIX.get(key)
            if suffix is None:
                continue
            for candidate in (root + suffix, root + suffix[:1]):
                reading = ontology.cameo_code(candidate)
                if reading is not None and reading.plover == entry.type:
                    code = candidate
                    break
            if code is not None:
                break
    if mode == entry.mode and code is None:
        return
    try:
        cameo = code or ontology.cameo_for(entry.type, mode, within=entry.cameo)
        intensity = ontology.intensity(entry.type, mode)
    except KeyError:
        return
    draft.entry = entry.model_copy(
        update={"id": f"content:{entry.id}", "mode": mode, "cameo": cameo, "intensity": intensity}
    )


def official_protest(draft: _Draft, ontology: EventOntology) -> None:
    """A government's protest is a complaint (ACCUSE, CAMEO 114), not a demonstration:
    "the repeated protests of the Iraqi government"."""
    if draft.entry.type != "PROTEST" or not draft.actors:
        return
    official = all(
        a.get("type") == "state" or "GOV" in (a.get("sectors") or []) for a in draft.actors
    )
    if official:
        draft.entry = _retyped(draft.entry, "ACCUSE", "complain", ontology, "official")


# Weapons a state hands to another; people sent are a deployment, whoever hosts them.
_ARMS = {"weapon", "arm", "ammunition", "missile", "rocket", "tank", "munition", "artillery",
         "howitzer", "launcher", "jet", "helicopter", "drone", "rifle", "equipment", "shell",
         "himars", "patriot", "system"}  # fmt: skip


def armed_aid(draft: _Draft, ontology: EventOntology, mentions: dict[int, ResolvedMention]) -> None:
    """Weapons sent to another state are military aid to it (AID, CAMEO 074), not a
    deployment of one's own forces: "Germany will send tanks to Kyiv"; so is moving
    another side's fighters ("US helicopters transported ISIS fighters out of Raqqa")."""
    others = _others_moved(draft, mentions)
    if others:
        draft.entry = _retyped(draft.entry, "AID", "military", ontology, "armed")
        draft.recipients = others
        return
    hosts = draft.hosts or [r for r in draft.recipients if r.get("type") == "state"]
    if draft.entry.type != "MOBILIZE" or not hosts or draft.trigger.pos_ != "VERB":
        return
    sent = [o for o in logical_objects(draft.trigger) if o.pos_ == "NOUN"]
    if not sent or any(o.lemma_.lower() not in _ARMS for o in sent):
        return
    own = {a.get("country") for a in draft.actors}
    if any(h.get("country") in own for h in hosts):
        return  # (to one's own country: a deployment)
    draft.entry = _retyped(draft.entry, "AID", "military", ontology, "armed")


def _others_moved(draft: _Draft, mentions: dict[int, ResolvedMention]) -> list[dict[str, Any]]:
    """The other side whose fighters a deployment's actor moves ("transported ISIS
    fighters"): named on the fighters, and not the actor itself."""
    if draft.entry.type != "MOBILIZE" or not draft.actors or not is_verb(draft.trigger):
        return []
    own = {str(a.get("id")) for a in draft.actors} | {a.get("country") for a in draft.actors}
    out: list[dict[str, Any]] = []
    for moved in logical_objects(draft.trigger):
        for owner in _resolve_args([moved], mentions):
            if owner.get("type") not in ("organization", "group") or str(
                owner.get("id")
            ).startswith("~"):
                continue
            if str(owner.get("id")) not in own and owner.get("country") not in own:
                out.append(owner)
    return out
