"""Who claims an event: inside a quote, a clause reported by someone, or "according to
X". An act done by saying it ("declared a ceasefire", "stressed the need for talks") and
a speaker's own intent or demand are the speaker's acts, not claims."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from annalyst.nlp.actor_words import slug_of
from annalyst.nlp.actors import ResolvedMention
from annalyst.nlp.clause_links import misjoined_head
from annalyst.nlp.clause_shapes import charge_denied_after, speakers_participle
from annalyst.nlp.events.argwords import _AVENGING
from annalyst.nlp.events.carriers import _carrier
from annalyst.nlp.events.descriptions import of_no_country
from annalyst.nlp.events.draft import _Draft
from annalyst.nlp.events.negation import _detached
from annalyst.nlp.events.own_side import PLURAL_FIRST_PERSON, speakers_side
from annalyst.nlp.events.referents import _resolve_args
from annalyst.nlp.events.syntax import _SUBJECT_DEPS, _phrase_head
from annalyst.nlp.events.unnamed import _agents, _generic
from annalyst.nlp.events.unrealized import _ALLEGING
from annalyst.nlp.events.words import _with_words
from annalyst.nlp.syntax import is_verb, logical_subjects, passive_agents, raised_description
from annalyst.nlp.syntax_words import PERSONAL_PRONOUNS, SPEECH_NOUNS
from annalyst.nlp.tokentable import token_table

_MODAL_AUX = {"would", "could", "might", "may", "should"}
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

# How a background phrase hangs on a verb: what a speaker says is in the verb's
# complement, not in its adjuncts of time and circumstance.
_ADJUNCT_DEPS = {"prep", "npadvmod", "advmod"}

# Verbs that perform what they announce when it is a decision of the announcer's
# ("declared a ceasefire", "announced sanctions on X", "announced aid for Y").
_PERFORMING = {"announce", "declare", "proclaim", "unveil"}
_DECIDED_TYPES = {"CONCEDE", "SANCTION", "AID", "AGREE", "RETREAT", "MOBILIZE"}
_DECIDED_MODES = {"restrict", "curfew", "ban", "martial-law", "embargo"}

# Acts done in words: what one goes or rallies "to" say is said by going there
# ("rallied to demand", "summoned the envoy to protest", "flew to Baghdad to meet").
_SAID_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONSULT"}

# Prepositions whose object is what something is about.
_TOPIC_PREPS = {"about", "regarding", "concerning", "surrounding"}
# Verbs that say what something is: their object is given, not told ("described the
# attack as a slap", "termed the talks useless").
_CHARACTERIZING = {"describe", "term", "label", "characterize", "characterise", "dub", "brand"}
# Attributions whose content is put forward as true (a request's content is not).
_SAYING = {"statement", "belief"}
# Knowing takes what is known as true: "well aware that parliament has voted to expel …"
# tells of the vote as the writer's fact, not as Washington's claim
_FACTIVE = {"aware", "know", "realize", "realise", "understand", "regret"}
# What is said about a deed named as its subject ("said the talks were constructive",
# "affirmed that his visit comes within the framework of …"): the deed is taken as done
_ABOUT_PREDICATES = {"be", "come", "seem", "appear", "remain", "represent", "constitute",
                     "mark", "serve", "reflect", "aim", "go"}  # fmt: skip
_DEFINITE = {"the", "this", "that", "these", "those"}


def _presupposed(draft: _Draft) -> bool:
    """Whether the deed is a definite noun that what is reported speaks about, or one
    that a retaliation reported answers ("said it struck the base in retaliation for the
    assassination of Soleimani": the assassination is no one's claim)."""
    token = draft.trigger
    for word in [token, *draft.tokens]:
        # ("not in retaliation for Israel's killing of two officers in an airstrike": the
        # strike is the killing's means, told with it)
        if word.pos_ == "NOUN" and (
            _avenged(word) or (word.dep_ in ("pobj", "dobj") and word.head.lower_ in _TOPIC_PREPS)
        ):
            # ("informed the US about the attack", "the circumstances surrounding the US
            # assassination": what is spoken about is given)
            return _definite_noun(word)
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = token.head
    if any(t.i == head.i for t in draft.tokens) or head.lemma_.lower() not in _ABOUT_PREDICATES:
        return False  # ("said the attack killed three": one deed, told)
    return _definite_noun(token)


def _definite_noun(token: Token) -> bool:
    """A noun with a definite determiner or a possessor ("the attack", "Israel's killing")."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in token.children
    )


def _avenged(token: Token) -> bool:
    """The act a retaliation answers ("retaliate against the killing", "revenge for the
    strike") happened, whatever the retaliation's own status."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("for", "against")
        and prep.head.lemma_.lower() in _AVENGING
    )


def _aside_below(token: Token, chain: Sequence[Token], verb: Token) -> bool:
    """Whether a "with" aside (:func:`_absolute`) stands between an act and a verb above."""
    below = token
    for ancestor in chain:
        if ancestor.i == verb.i:
            return False
        if _absolute(ancestor, below):
            # only an aside on the verb itself or on its object ("believe the story, with
            # …"); one inside the reported clause is reported too ("claim that he fought
            # alongside the US, with the Americans providing air cover")
            holder = ancestor.head
            return holder.i == verb.i or (holder.pos_ == "NOUN" and holder.head.i == verb.i)
        below = ancestor
    return False


# Nouns by which a writer names what was just reported ("…, a claim Moscow rejected").
_CLAIM_NOUNS = {"claim", "accusation", "allegation", "charge", "assertion", "version"}


def _answer_to_the_claim(token: Token) -> bool:
    """Whether an act is the writer's note on the report it follows: "Kyiv said Russian
    jets bombed the port, an accusation the Kremlin denied" (the denial is not Kyiv's)."""
    noun = token.head
    if token.dep_ != "relcl" or noun.lemma_.lower() not in _CLAIM_NOUNS:
        return False
    before = noun.left_edge.i - 1
    return before >= 0 and noun.doc[before].text in (",", "—", "–")


def _words_before_the_verb(verb: Token) -> Token | None:
    """The speaker written between a comma and a verb of saying the parser gave no
    subject ("Gunmen killed four soldiers, the Syrian Observatory said", with the
    Observatory read as an apposition): the head of those words."""
    doc = verb.doc
    start = verb.i
    while (
        start > 0 and doc[start - 1].text not in (",", ";", "“", "”", '"') and verb.i - start < 12
    ):
        start -= 1
    if start == verb.i or start == 0 or doc[start - 1].text != ",":
        return None
    words = doc[start : verb.i]
    heads = [t for t in words if not (start <= t.head.i < verb.i) and t.pos_ in ("NOUN", "PROPN")]
    return heads[0] if len(heads) == 1 else None


def _participle_of(token: Token, saying: Token) -> bool:
    """Whether ``token`` is a participle of the speaker's own that closes what
    ``saying`` reports (see :func:`speakers_participle`)."""
    found = speakers_participle(token)
    return found is not None and found.i == saying.i


def _absolute(prep: Token, clause: Token) -> bool:
    """A "with" phrase with a clause of its own ("with the latter accusing the US"): an
    aside with its own subject, not part of what the verb above reports."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and clause.dep_ == "pcomp"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _claim(
    draft: _Draft,
    chain: Sequence[Token],
    quotes: Sequence[dict[str, Any]],
    mentions: dict[int, ResolvedMention],
) -> None:
    """Inside a quote, a clause reported by someone, or "according to": claimed, with who
    claims it. A frame (an intent, a demand) told by its own actor stays asserted."""
    token = draft.trigger
    if token.dep_ == "conj" and misjoined_head(token, token.head).i != token.head.i:
        return  # "said that Baghdad needed help, and called for …": the speaker's own call
    if draft.status in ("asserted", "claimed") and _presupposed(draft):
        # "Iran said the talks were constructive": the talks were held (what is yet to
        # happen stays the speaker's: "said the withdrawal was non-negotiable")
        return
    claimant: dict[str, Any] | None = None
    report: dict[str, Any] | None = None  # the quote that reports the act
    found = given = False
    # the innermost report first: "X said: ‘statements will be issued saying: …’"
    ordered = sorted(quotes, key=lambda q: q.get("end", 0) - q.get("start", 0))
    for quote in ordered:
        if quote.get("act", "statement") not in _SAYING:
            continue  # the content of a request or a promise is not something claimed
        if quote.get("start", 0) <= token.idx < quote.get("end", 0):
            cue = _cue_token(token, quote)
            if cue is not None and charge_denied_after(cue):
                # "accused Rwanda of backing the M23, a charge Kigali denies": the denial
                # disputes the charge; it does not report the accusation
                given = True
                continue
            if cue is not None and _joined_after_the_saying(token, cue):
                given = True
                continue  # "…, a rights group said, but the army denied it": the writer's
            if cue is not None and (
                _aside_below(token, chain, cue)
                or _topic_of(token, cue)
                or _characterized(token, cue)
                or _answer_to_the_claim(token)
                or cue.lemma_ in _FACTIVE
                or (draft.entry.quad.startswith("verbal") and _participle_of(token, cue))
            ):
                # "believe the story, with the latter accusing the US", "expressed concern
                # about the Pope's trip": given by this report (an outer one may claim it)
                given = True
                continue
            claimant, found, report = quote.get("speaker") or None, True, quote
            inner = _inner_report(token, chain, quote, cue)
            if inner is not None:
                # "“There are those who claim that the US …”": the quote's speaker tells
                # of someone else's claim
                speaker = next((c for c in inner.children if c.dep_ in _SUBJECT_DEPS), None)
                resolved = _resolve_args([speaker], mentions) if speaker is not None else []
                claimant = resolved[0] if resolved else None
            if cue is not None and _performed(draft, cue, claimant):
                return  # "X announced that it was suspending its operations"
            if cue is not None and _said_act(draft, cue):
                return  # "stressed the need for talks": a demand made by saying it
            if cue is not None and _unsaid(cue):
                # "statements will be issued saying: ‘we bombarded you’": words not yet
                # said tell of nothing done
                draft.status = "hypothetical"
            break
    if given and not found:
        return
    if not found:
        below = token
        for ancestor in chain:
            under, below = below, ancestor
            if ancestor.lemma_.lower() in _REPORT_VERBS and ancestor.pos_ in ("VERB", "AUX"):
                if charge_denied_after(ancestor):
                    break  # "…, a charge Kigali denies": no report of what came before
                if raised_description(under) is not None:
                    break  # "Gunmen believed to be from a militia raided …": no report
                if _aside_below(token, chain, ancestor):
                    break  # "believe the story, with the latter accusing the US": an aside
                if under.dep_ in _ADJUNCT_DEPS:
                    break  # "declared X on Wednesday, five days after the coup": background
                if (
                    under.dep_ == "advcl"
                    and under.tag_ == "VBG"
                    and (under.i < ancestor.i or draft.entry.quad.startswith("verbal"))
                ):
                    # "Urging the media to …, he explained that …", "Bishkek said …,
                    # accusing Dushanbe of …": the speaker's own act, told by the writer
                    # (not "overran a base, officials said, killing 17": the raid's toll)
                    break
                if draft.entry.quad.startswith("verbal") and _participle_of(token, ancestor):
                    break  # "announced that it had struck X, vowing to …": the announcer's vow
                if under.dep_ == "advcl" and not any(c.dep_ == "ccomp" for c in ancestor.children):
                    break  # "revealing new weapons, striking everywhere": no report of it
                if under.dep_ in ("dobj", "obj") and ancestor.lemma_.lower() in _CHARACTERIZING:
                    break  # "described the missile attack as a first slap": the attack is
                    # what is described, not something said to have happened
                if _told_after_a_semicolon(under, ancestor):
                    break  # "said its fighters struck X; earlier, an Israeli strike killed Y"
                if _after_what_was_said(token, chain, ancestor, quotes):
                    break  # "said it had detained him, drawing condemnation from …"
                if under.dep_ in ("nsubj", "conj") or _detached(under, ancestor):
                    # "a militia that lost fighters to the airstrikes said it would avenge
                    # them": who speaks is no part of what is said, nor is what is told
                    # beside the saying ("said …, but Washington blamed Tehran") or before
                    # it in a sentence of its own ("Drones struck the base; officials
                    # said …")
                    break
                speaker = next((c for c in ancestor.children if c.dep_ in _SUBJECT_DEPS), None)
                if speaker is None:
                    # "were accused by HRW of …": the passive's agent says it
                    agents = passive_agents(ancestor)
                    speaker = agents[0] if agents else _words_before_the_verb(ancestor)
                resolved = _resolve_args([speaker], mentions) if speaker is not None else []
                claimant, found = (resolved[0] if resolved else None), True
                if _performed(draft, ancestor, claimant) or _said_act(draft, ancestor):
                    return
                break
    if not found:
        doc = token.doc
        sent = token.sent
        lower = token_table(doc).lower
        for i in range(sent.start, sent.end):
            if lower[i] == "according" and i + 1 < len(doc) and lower[i + 1] == "to":
                source = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
                if any(s.left_edge.i <= token.i <= s.right_edge.i for s in source):
                    return  # "according to an official, who blamed X": the source's own act
                resolved = _resolve_args(source, mentions) or _body_named(source)
                claimant, found = (resolved[0] if resolved else None), True
                break
    if not found:
        return
    if report is not None and (claimant is None or of_no_country(claimant)):
        # (also "the army said", which the quote layer reads as any army: the one in view)
        claimant = _unnamed_speaker(token.doc, report, mentions) or claimant
    if claimant is None and report is not None and _issuer_unnamed(token.doc, report):
        # "The EU imposed sanctions …, a statement said": the body that acted issued it
        claimant = next(
            (a for a in draft.actors if a.get("type") in ("organization", "state", "group")), None
        )
    if claimant is None and report is not None:
        claimant = _speakers_words(report, quotes)  # "the source says", "sources said"
    if claimant is not None and (draft.frame is not None or _own_stance(draft)):
        actors = {str(a.get("id")) for a in draft.actors}
        if str(claimant.get("id")) in actors:
            # "Iran said it would retaliate": Iran's own threat; "the US said it stood
            # with its ally": a stance taken in telling of it
            return
    draft.claimed_by = claimant
    if draft.status == "asserted":
        draft.status = "claimed"


def _speakers_words(
    report: dict[str, Any], quotes: Sequence[dict[str, Any]]
) -> dict[str, Any] | None:
    """A speaker no actor stands for, by the words that name it ("the source", "Western
    diplomats"): who says so is told, if not who that is. "He said" after another
    report is most often its speaker going on ("…, a senior source said. … “…,” he
    said"); a pronoun with no report before it says too little."""
    text = str(report.get("speaker_text") or "").strip()
    words = text.lower().split()
    if len(words) == 1 and words[0] in _SPEAKING_ON:
        before = [
            q
            for q in quotes
            if q.get("end", 0) <= report.get("start", 0)
            and report.get("start", 0) - q.get("end", 0) < _SPEAKING_ON_WITHIN
            and str(q.get("speaker_text") or "").strip().lower() not in _SPEAKING_ON
        ]
        if before:
            last = max(before, key=lambda q: q.get("end", 0))
            return last.get("speaker") or _speakers_words(last, ())
        return None
    if not words or (len(words) == 1 and words[0] in PERSONAL_PRONOUNS | _POINTERS):
        return None
    return {
        "id": "~speaker:" + slug_of(text),
        "name": text,
        "text": text,
        "country": None,
        "sectors": [],
        "type": "group",
    }


# Pronouns by which a speaker told of before goes on speaking, and how far back (in
# characters) the report they go on from may end.
_SPEAKING_ON = frozenset({"he", "she", "they"})
_SPEAKING_ON_WITHIN = 600
# Words that only point at a speaker ("who said", "there are those who claim").
_POINTERS = frozenset({"who", "which", "that", "whom", "those", "these", "this", "it"})


def _joined_after_the_saying(token: Token, cue: Token) -> bool:
    """An act in a clause with a subject of its own, joined to the clause said after the
    words of saying ("Soldiers fired on the crowd, a rights group said, but the army
    denied it"), or told after a semicolon that follows them ("Hamas said it shelled a
    post; earlier, an Israeli strike killed three medics"): the writer's sentence goes
    on, nothing more is said."""
    doc = token.doc
    if cue.i < token.i and _words_between(doc, cue.i, token.i, (";",)):
        return not _words_between(doc, cue.i, token.i, ("“", "”", '"'))
    clause = token
    while not is_verb(clause) and clause.head.i != clause.i:
        clause = clause.head
    return (
        clause.dep_ == "conj"
        and clause.head.i < cue.i < clause.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _after_what_was_said(
    token: Token, chain: Sequence[Token], verb: Token, quotes: Sequence[dict[str, Any]]
) -> bool:
    """Whether an act hangs on a participle told after the words a verb of saying
    introduces, as the quote layer reads them ("police said they had detained him,
    drawing condemnation"): the writer adds it."""
    below = [token, *chain[: next((n for n, a in enumerate(chain) if a.i == verb.i), 0)]]
    return any(
        quote.get("cue_start") == verb.idx
        and quote.get("start", 0) > verb.idx
        and any(
            w.dep_ == "advcl"
            and w.tag_ == "VBG"
            and w.idx >= quote.get("end", 0)
            # (not a participle that says more: "…, emphasizing that officials had warned")
            and not any(q.get("cue_start") == w.idx for q in quotes)
            for w in below
        )
        for quote in quotes
    )


def _told_after_a_semicolon(clause: Token, verb: Token) -> bool:
    """A clause the parser hangs on a verb of saying after the clause said, behind a
    semicolon: the writer's own sentence, not a second thing said."""
    return (
        clause.dep_ in ("ccomp", "conj")
        and clause.i > verb.i
        and any(c.dep_ == "ccomp" and c.i < clause.left_edge.i for c in verb.children)
        and _words_between(verb.doc, verb.i, clause.left_edge.i + 1, (";",))
    )


def _words_between(doc: Doc, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` stands among the tokens from ``start`` to ``end``."""
    return any(doc[i].text in words for i in range(start, end))


def _unsaid(cue: Token) -> bool:
    """A saying still ahead or only supposed: "would say", "statements will be issued
    saying" (the statement, not someone the parser hung the saying on)."""
    verbs = [cue]
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SPEECH_NOUNS
        for c in cue.head.children
    ):
        verbs.append(cue.head)
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for v in verbs for c in v.children)


_AHEAD_AUX = {"will", "shall", "would", "could", "might", "may"}


# Speakers that name no one at all, not even a kind of people.
_NO_ONE_NAMED = {"source", "insider", "someone", "person", "one", "individual", "report"}


# Modifiers of "sources" that say what kind of body they speak from ("security
# sources"), with the sectors the agents lexicon does not give them.
_SOURCE_KINDS = {"security": ("COP", "MIL"), "diplomatic": ("GOV",), "medical": ("HLH",),
                 "local": ("CVL",), "official": ("GOV",), "government": ("GOV",),
                 "governmental": ("GOV",), "military": ("MIL",), "hospital": ("HLH",),
                 "tribal": ("CVL",), "police": ("COP",)}  # fmt: skip


def _source_of_a_kind(root: Token) -> dict[str, Any] | None:
    """ "security sources", "a military source": unnamed sources of a kind of body, as
    a generic actor of that kind; "a source" alone stays no one."""
    kinds = [
        c
        for c in root.lefts
        if c.dep_ in ("amod", "compound")
        and (c.lower_ in _SOURCE_KINDS or _agents().sectors_of(c.lemma_.lower()))
    ]
    if not kinds:
        # "Iraqi sources": sources of a country, of no kind said
        peoples = [
            c
            for c in root.lefts
            if c.dep_ in ("amod", "compound")
            and (_agents().nationality(c.text) or None) is not None
        ]
        return (
            _generic(" ".join(t.text for t in [*peoples, root]), [*peoples, root], root, ())
            if peoples
            else None
        )
    kind = kinds[-1]
    sectors = _SOURCE_KINDS.get(kind.lower_) or _agents().sectors_of(kind.lemma_.lower())
    words = [*kinds, root]
    return _generic(" ".join(t.text for t in words), words, root, sectors)


def _source_inside(
    root: Token, words: Span, mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """The body an unnamed source speaks from: "a PMU source", "a source in the Popular
    Mobilization Units", "sources within the ministry"; its words are the source's."""
    bodies = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [
        o
        for p in root.children
        if p.dep_ == "prep" and p.lower_ in ("in", "from", "within", "inside")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for body in bodies:
        found = _resolve_args([body], mentions)
        if found and found[0].get("type") in ("organization", "group", "state"):
            return dict(found[0], text=words.text, start=words.start_char, end=words.end_char)
    return None


# Words of what a body issues ("a statement said", "the communique said").
_ISSUED = {"statement", "communique", "communiqué", "announcement", "release"}


def _speaker_words(doc: Doc, quote: dict[str, Any]) -> Span | None:
    """The words a report names its speaker with, or None."""
    start, end = quote.get("speaker_start"), quote.get("speaker_end")
    if start is None or end is None:
        return None
    words = doc.char_span(start, end, alignment_mode="expand")
    return words if words is not None and len(words) > 0 else None


def _issuer_unnamed(doc: Doc, quote: dict[str, Any]) -> bool:
    """Whether a report's speaker words are a statement that names no issuer ("a
    statement said"; not "an army statement said")."""
    words = _speaker_words(doc, quote)
    if words is None:
        return False
    root = words.root
    return root.lemma_.lower() in _ISSUED and not any(
        c.dep_ in ("poss", "compound", "amod", "prep") for c in root.children
    )


# Head words of the bodies a source may be ("according to the region's counter-terrorism
# service"), which no lexicon of agents holds.
_BODY_HEADS = {"service", "agency", "directorate", "authority", "office", "department",
               "bureau", "unit", "command", "centre", "center", "observatory", "network",
               "monitor", "committee", "commission", "council", "cell", "media"}  # fmt: skip


def _body_named(source: list[Token]) -> list[dict[str, Any]]:
    """A body a source's words name that no lexicon holds ("according to the Kurdistan
    Region's counter-terrorism service"), as a generic actor of those words."""
    if len(source) != 1 or source[0].lemma_.lower() not in _BODY_HEADS:
        return []
    head = source[0]
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "predet")]
    if not words:
        return []
    phrase = head.doc[words[0].i : head.i + 1].text
    return [_generic(phrase, words, head, ())]


# Words that count or point at people rather than say what kind they are.
_COUNTING_WORDS = frozenset(
    {"the", "a", "an", "some", "many", "several", "most", "all", "both", "two", "three"}
)


def _unnamed_speaker(
    doc: Doc, quote: dict[str, Any], mentions: dict[int, ResolvedMention]
) -> dict[str, Any] | None:
    """The unnamed people or body a report's speaker words name ("officials said",
    "witnesses said"), as the generic actor they are, so that who says so is kept even
    when the quote layer leaves the speaker anonymous."""
    words = _speaker_words(doc, quote)
    if words is None:
        return None
    start, end = quote["speaker_start"], quote["speaker_end"]
    root = words.root
    if root.lemma_.lower() in _NO_ONE_NAMED and root.pos_ != "PRON":
        # "security sources said": sources of a kind; "a source in the PMU", "a PMU
        # source": one inside a body, who speaks from it (not "close to" it)
        return _source_of_a_kind(root) or _source_inside(root, words, mentions)
    if root.pos_ == "PRON" and root.lower_ in ("it", "they"):
        # "The ministry issued a statement. It said …": the body told before, which the
        # quote layer leaves unnamed when no name names it
        referred = [a for a in _resolve_args([root], mentions) if "ref_start" in a]
        return referred[0] if referred else None
    if root.pos_ == "PRON":
        return None  # "he said" is for the quote layer
    resolved = _resolve_args([root], mentions) or _body_named([root])
    if not resolved:
        return None
    found = resolved[0]
    if str(found.get("text", "")).lower() in PERSONAL_PRONOUNS:
        return None  # "his office said" with no one to read "his" as
    if "ref_start" in found:
        return found  # "the party said": the party named before ("the Chadema party")
    if not (start <= int(found.get("start", -1)) and int(found.get("end", end + 1)) <= end):
        return None  # "a source close to Sistani": someone else named inside the words
    if str(found.get("id", "")).startswith("~agent:"):
        # "local rescue workers said": people of a kind, named by all their words
        named = [
            t for t in words if not (t.dep_ in ("det", "amod") and t.lower_ in _COUNTING_WORDS)
        ]
        if named and named[-1].i == root.i and len(named) <= 4:
            found = dict(found, name=words.doc[named[0].i : root.i + 1].text)
    return found


def _topic_of(token: Token, cue: Token) -> bool:
    """An act named as what a feeling or a statement is about ("concern about the trip",
    "worries over the strike"): what it is about is taken as given, not said to be so."""
    prep = token.head
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and prep.lower_ in ("about", "over", "regarding", "concerning", "at")
        and cue.i in (prep.head.i, prep.head.head.i)  # "expressed concern about"
    )


# What a report may say a told act was that denies the act itself.
_DENIALS = {"lie", "fabrication", "hoax", "myth", "fiction", "rumour", "rumor", "fake", "invention"}


def _characterized(token: Token, cue: Token) -> bool:
    """A definite act whose report only says what it was: in "stressed that Iran's
    strikes on the bases were a slap in the face", the strikes are given and what they
    were is the claim (not "said the attack was a hoax", nor "was not")."""
    copula = token.head
    if (
        token.pos_ != "NOUN"
        or token.dep_ != "nsubj"
        or copula.lemma_ != "be"
        or copula.head.i != cue.i
        or not any(
            t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ in _DEFINITE)
            for t in token.doc[token.left_edge.i : token.i]
        )
        or any(c.dep_ == "neg" for c in copula.children)
    ):
        return False
    what = next((c for c in copula.children if c.dep_ == "attr"), None)
    return what is not None and what.pos_ == "NOUN" and what.lemma_.lower() not in _DENIALS


def accuser(token: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """Who puts forward the act an accusation or a punishment is for: "Israel blamed Iran
    for attacking the tanker", "police detained two men for attacking a bus"."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("of", "for", "about"):
        return None
    verb = prep.head
    holder = verb
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.dep_ == "pobj" and holder.head.dep_ == "agent" and prep.lower_ == "of":
        # "X were accused by HRW of executing …": the parser hangs the charge on its
        # maker
        resolved = _resolve_args([holder], mentions)
        return resolved[0] if resolved else None
    if holder.i != verb.i and holder.dep_ in ("dobj", "obj"):
        verb = holder.head  # "accused X and Y of executing …", hung on Y
    if verb.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in _ALLEGING:
        # "US claims about military operations", "Moscow's accusations of sabotage":
        # whose the charge is
        owners = [
            c for c in verb.children if c.dep_ in ("poss", "compound", "amod") and c.i < verb.i
        ]
        resolved = _resolve_args(owners, mentions)
        return resolved[0] if resolved else None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    resolved = _resolve_args(logical_subjects(verb), mentions)
    return resolved[0] if resolved else None


# Verbs by which their subject says an act did not happen.
_DENYING = {"deny", "refute", "dismiss", "reject"}


def denier(token: Token, mentions: dict[int, ResolvedMention]) -> dict[str, Any] | None:
    """Who denies a negated act told as the gerund or infinitive of a denial ("Tehran
    denied supplying the Houthis with drones"), where no quote names the speaker."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.lemma_.lower() not in _DENYING:
        return None
    resolved = _resolve_args(logical_subjects(verb.head), mentions)
    return resolved[0] if resolved else None


def _inner_report(
    token: Token, chain: Sequence[Token], quote: dict[str, Any], cue: Token | None
) -> Token | None:
    """A verb of claiming inside a quote, above the act and below the quote's own cue."""
    start, end = quote.get("start", 0), quote.get("end", 0)
    below = token
    for ancestor in chain:
        under, below = below, ancestor
        if cue is not None and ancestor.i == cue.i:
            return None
        if not start <= ancestor.idx < end:
            return None
        if (
            ancestor.lemma_.lower() in _CLAIMING
            and ancestor.pos_ == "VERB"
            and under.dep_ in ("ccomp", "xcomp")
        ):
            return ancestor
    return None


# Verbs by which someone inside a quote is said to claim something.
_CLAIMING = {"claim", "allege", "argue", "contend", "assert", "maintain"}


def _cue_token(token: Token, quote: dict[str, Any]) -> Token | None:
    """The verb that introduces a quote, from its character offsets."""
    start = quote.get("cue_start")
    if not isinstance(start, int):
        return None
    sent = token.sent
    return next((t for t in sent if t.idx == start), None)


def _said_act(draft: _Draft, verb: Token) -> bool:
    """ "Stressed the need for talks", "voiced the demand for a withdrawal": a verbal act
    whose noun the verb of saying takes as its object is made by saying it."""
    token = draft.trigger
    return (
        token.pos_ == "NOUN"
        and draft.entry.type in _SAID_TYPES
        and _phrase_head(token).head.i == verb.i
    )


def _own_stance(draft: _Draft) -> bool:
    """Whether an act is a stance its taker takes by telling of it ("The US said it
    stood with its ally and condemned China's actions"): a verbal act in a clause of its
    own, not a promise ("said it would condemn") nor a deed (a deed told by its doer
    stays its claim)."""
    token = draft.trigger
    if not any(str(a.get("text", "")).lower() in PERSONAL_PRONOUNS for a in draft.actors):
        # the speaker named again by a pronoun ("the ministry said it rejected it"), not
        # a body of the same kind ("Officials said the ministry rejected it") nor whom a
        # quote is about, whoever the speaker was taken for
        return False
    return (
        draft.entry.quad.startswith("verbal")
        and token.tag_ in ("VBD", "VBZ", "VBP")  # (not "ready to … discuss": not yet)
        and not any(c.lower_ in _MODAL_AUX for c in token.children)
    )


def _performed(draft: _Draft, verb: Token, claimant: dict[str, Any] | None) -> bool:
    """ "The rebels declared a ceasefire", "the EU announced sanctions": a decision
    announced by whoever takes it is done by announcing it, not a report of it."""
    token = draft.trigger
    phrase = _phrase_head(token)  # "announced $33 million in aid"
    if verb.lemma_.lower() not in _PERFORMING or phrase.head.i != verb.i:
        return False
    entry = draft.entry
    if entry.type not in _DECIDED_TYPES and entry.mode not in _DECIDED_MODES:
        return False
    actors = {str(a.get("id")) for a in draft.actors}
    if token.pos_ == "VERB" and token.dep_ == "ccomp":
        # "announced that it was suspending its operations": its own decision, told
        # by its taker (a would-clause stays a promise: "announced it would step down")
        own = claimant is not None and str(claimant.get("id")) in actors
        return own and not any(c.lower_ in _MODAL_AUX for c in token.children)
    if token.pos_ != "NOUN" or phrase.dep_ not in ("dobj", "obj"):
        return False
    return claimant is None or not actors or str(claimant.get("id")) in actors


# The speaker's own side, said in the first person ("we", "I", "our").
_FIRST_PERSON = {"we": "subject", "i": "subject", "our": "owner", "my": "owner"}


def speakers_own_act(
    draft: _Draft, mentions: dict[int, ResolvedMention], published: date | None
) -> None:
    """ "“We have no request but this from the government,” the spokesman added": a
    claimant speaking of "we" or "I" as the doer names their own side, so the claimant is
    the actor, with the pronoun as its words (an act already given a doer keeps it). A
    person's "we" is the body they speak for, where it is known (:func:`speakers_side`)."""
    if draft.actors or draft.claimed_by is None:
        return
    for token in draft.tokens:
        if is_verb(token):
            doers = logical_subjects(token)
        else:
            carrier = _carrier(token, draft.entry.light_verbs)
            doers = [c for c in token.children if c.dep_ == "poss"]
            doers += logical_subjects(carrier) if carrier is not None else []
        for doer in doers:
            role = _FIRST_PERSON.get(doer.lower_)
            if role is None or (role == "owner") == (doer.dep_ != "poss"):
                continue
            side = draft.claimed_by
            if doer.lower_ in PLURAL_FIRST_PERSON:
                side = speakers_side(side, doer, mentions, published) or side
            words = _with_words(side, doer.doc, doer.idx, doer.idx + len(doer))
            draft.actors = [words]
            return
