"""Attributions of a fixed shape that neither the statement layer nor the frames read:

* pro-forms: "X said as much", "X said so", "X indicated as much" (what X said is the
  thing just told; the record keeps the pro-form as its words), and "X doesn't think so"
  (a belief);
* "X made it clear (that) …", "X made clear that …": the clause is what X said;
* "referred to X as Y": the name given is the speaker's characterization;
* naming in a free or relative clause: "after what she called a rant", "the tax, which
  the chief executive called total nonsense", "what analysts described as old tactics":
  the name given is the speaker's characterization (a name in quotation marks is a scare
  term, as everywhere in the stage: "what they called the “second liberation”");
* "as stated in X's commentary, …", "as reported by the Times, …": a passive "as" clause
  whose "by"/"in" phrase names the source of the sentence around it;
* "by X's own admission, …", "by X's account, …": the sentence is X's;
* "his argument is that …", "the mayor's bet is that …": a noun of someone's that holds a
  clause after "is";
* "X has not said when …", "X would not say why …": a question a source leaves open is
  attributed like a statement (news corpora count it);
* "X reportedly did Y", "after he allegedly brandished a pistol": the clause is a report or a
  charge by people the sentence does not name (as "it was reported that …"): no speaker;
* "it was reported by the Gazette that …", "it was announced that …": the clause, with the
  "by" phrase as its speaker when there is one.

Each rule reads a few trigger words only (no per-token parse walks), and a record it makes
is dropped when another stage already attributed the words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from annalyst.nlp.quotes.document import Draft, author_pronoun, lemma_of
from annalyst.nlp.quotes.frames import Frames
from annalyst.nlp.quotes.lexicon import (
    CLAUSE_VERBS,
    CLEAR_TO_WORDS,
    CLEAR_WORDS,
    FRAME_NOUNS,
    MARK_TOKENS,
    SAYING_NOUNS,
)
from annalyst.nlp.tokentable import token_table

# Verbs that give a thing a name in "what X called Y" / "which X described as Y".
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "characterize", "characterise"})
# Nouns of "by X's own admission": a source's own account.
ADMISSION_NOUNS = frozenset({"admission", "account", "reckoning", "estimate"})
# Nouns a passive "as stated in …" names as the place of the words, beyond the documents.
STATED_IN_NOUNS = SAYING_NOUNS | frozenset(
    {"commentary", "book", "memoir", "filing", "complaint", "lawsuit", "email", "opinion"}
)
# Passive verbs of "as stated in …", "as reported by …".
STATED_VERBS = frozenset(
    {"state", "report", "note", "say", "write", "describe", "explain", "announce", "tell"}
)
# Verbs whose denial leaves a question open: "has not said when …".
OPEN_QUESTION_VERBS = frozenset(
    {"say", "specify", "explain", "disclose", "indicate", "reveal", "tell", "answer"}
)
# Verbs of belief whose "so" stands for a clause: "he doesn't think so", "I hope so".
SO_BELIEF_VERBS = frozenset({"think", "believe", "hope", "expect", "suppose", "fear"})
# Nouns that hold a clause after "is": "his argument is that …", "the mayor's bet is that …".
COPULAR_NOUNS = {**FRAME_NOUNS, "bet": "belief", "point": "statement", "message": "statement"}
QUESTION_WORDS = frozenset({"when", "why", "how", "where", "whether", "who", "which"})
# Prepositions of a copular noun that name whose it is: "the hope among aides is that …",
# "the view in the White House is that …".
HOLDER_PREPS = frozenset({"among", "from", "in", "within"})
# Adverbs that say the clause is someone's report or charge, naming nobody.
REPORT_ADVERBS = frozenset({"reportedly", "allegedly"})
TRIGGERS = (
    frozenset({"so", "much", "what", "which", "as", "by", "that", "it"})
    | CLEAR_TO_WORDS
    | QUESTION_WORDS - {"which"}
    | REPORT_ADVERBS
)


class Shapes(Frames):
    """Attributions of a fixed shape (see the module's docstring)."""

    def _shapes(self, drafts: list[Draft]) -> list[Draft]:
        doc = self.doc
        taken = {d.cue_tok for d in drafts if d.cue_tok is not None}
        spans = [(d.start, d.end) for d in drafts]
        lowers = token_table(doc).lower
        found: list[Draft] = []
        for i in range(self.n):
            low = lowers[i]
            if low not in TRIGGERS:
                continue
            rule: Callable[[Token], Draft | None]
            if low in ("so", "much"):
                rule = self._pro_form
            elif low in CLEAR_TO_WORDS:
                rule = self._made_clear
            elif low == "as":
                rule = self._as_stated
            elif low == "by":
                rule = self._by_admission
            elif low == "that":
                rule = self._copular_noun
            elif low in REPORT_ADVERBS:
                rule = self._reportedly
            elif low == "it":
                rule = self._it_was_said
            else:
                rule = self._named_or_open
            d = rule(doc[i])
            if d is None or d.cue_tok in taken:
                continue
            at = doc[d.cue_tok].idx if d.cue_tok is not None else d.start
            if any(s <= at < e for s, e in spans):
                continue  # inside words attributed already: the outer record holds them
            if any(s < d.end and d.start < e for s, e in spans):
                continue
            if self.quoted_at(at) is not None and not self.in_accepted(at):
                continue
            found.append(d)
            spans.append((d.start, d.end))
            if d.cue_tok is not None:
                taken.add(d.cue_tok)
        return drafts + found

    def _speech_subject(self, verb: Token) -> Token | None:
        """The speaker of a cue, if it can speak and the verb reports something that was
        said (not "would say", not inside a quotation)."""
        if verb.pos_ != "VERB" or self._hypothetical(verb):
            return None
        subj = self._subject(verb)
        if subj is None or not self._plausible_speaker(subj):
            return None
        return subj

    # -- "said as much", "said so" -------------------------------------------------------

    def _pro_form(self, t: Token) -> Draft | None:
        doc = self.doc
        if t.lower_ == "so":
            first, last, verb = t.i, t.i, t.head
            if t.dep_ != "advmod" or verb.i != t.i - 1 or any(True for _ in t.children):
                return None
            nxt = doc[t.i + 1] if t.i + 1 < self.n else None
            if nxt is not None and (
                nxt.lower_ in ("that", "far", "much", "many")
                or (nxt.is_alpha and nxt.pos_ in ("ADJ", "ADV", "NUM"))
            ):
                return None  # "said so that …", "said so far"
        else:
            if t.i < 1 or doc[t.i - 1].lower_ != "as" or t.i < 2:
                return None
            first, last, verb = t.i - 1, t.i, t.head
            if verb.i != t.i - 2:
                return None
            if t.i + 1 < self.n and doc[t.i + 1].lower_ in ("as", "about", "of"):
                return None  # "said as much as …": a comparison
        low = lemma_of(verb)
        if low in CLAUSE_VERBS and not any(c.dep_ == "neg" for c in verb.children):
            act = "statement"
        elif low in SO_BELIEF_VERBS and t.lower_ == "so":
            act = "belief"  # "he doesn't think so": what he holds, denied or not
        else:
            return None
        subj = self._speech_subject(verb)
        if subj is None:
            return None
        d = Draft(doc[first].idx, self.tok_end(last), "indirect", "indirect")
        self._set_cue(d, verb.i)
        d.subj = subj.i
        d.act = act
        return d

    # -- "made it clear that …" ----------------------------------------------------------

    def _made_clear(self, t: Token) -> Draft | None:
        make = t.head
        if make.lemma_.lower() in ("be", "become", "seem"):
            return self._clear_to(t)
        if (
            t.lower_ not in CLEAR_WORDS
            or make.lemma_.lower() != "make"
            or make.pos_ != "VERB"
            or t.i > make.i + 3
        ):
            return None
        if t.dep_ not in ("ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod"):
            return None
        clause = next(
            (
                c
                for c in list(t.children) + list(make.children)
                if c.dep_ in ("ccomp", "advcl")
                and c.i > t.i
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                and not any(g.dep_ == "mark" and g.lower_ not in ("that",) for g in c.children)
            ),
            None,
        )
        if clause is None or clause.left_edge.i > t.i + 2:
            return None  # ("made it clear on Monday that …" is rare; "made it clear when …" is not)
        subj = self._speech_subject(make)
        if subj is None:
            return None
        return self._draft(
            clause.left_edge.i, clause.right_edge.i, make, subj, "statement", cue_end=t.i
        )

    def _clear_to(self, t: Token) -> Draft | None:
        """ "It was clear to the mayor that the deal was dead", "it became obvious to investors
        that …": the clause is a belief of the one it was clear to. With no one named ("it is
        clear that …", "nor is it obvious that …") it is the writer's own stance: a belief
        with no source."""
        verb = t.head
        if t.dep_ not in ("acomp", "oprd") or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children
        ):
            return None
        to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        holder = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
        if to is not None and (holder is None or not self._plausible_speaker(holder)):
            return None
        after = holder.right_edge.i if holder is not None else t.i
        clause = next(
            (
                c
                for c in list(t.children) + list(verb.children)
                if c.dep_ == "ccomp"
                and c.i > after
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                and not any(g.dep_ == "mark" and g.lower_ != "that" for g in c.children)
            ),
            None,
        )
        if clause is None or clause.left_edge.i > after + 2:
            return None
        start_i = clause.left_edge.i
        if self.doc[start_i].lower_ in QUESTION_WORDS | {"what"}:
            return None  # "it is not clear what effect it will have": an open question
        if self.doc[start_i].lower_ == "that" and start_i < clause.i:
            start_i += 1  # (a "that" the parser made the clause's object is its conjunction)
        # with no one named ("it is obvious that …") the clause is the writer's own stance,
        # attributed to nobody, as news corpora count it
        return self._draft(start_i, clause.right_edge.i, t, holder, "belief", min_words=3)

    # -- "what she called a rant", "which X described as Y"; "has not said when …" --------

    def _named_or_open(self, t: Token) -> Draft | None:
        if t.lower_ in ("what", "which"):
            d = self._named(t)
            if d is not None or t.lower_ == "which":
                return d
        return self._open_question(t)

    def _named(self, t: Token) -> Draft | None:
        verb = t.head
        if t.dep_ != "dobj" or verb.i < t.i or lemma_of(verb) not in NAMING_VERBS:
            return None
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None  # "what is called X": nobody names it
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i < t.i or author_pronoun(subj):
            return None  # ("what we call X", "what you might call X": the writer's word)
        if not self._plausible_speaker(subj) or self._hypothetical(verb):
            return None
        name = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
        if name is None:
            as_prep = next(
                (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None
            )
            name = (
                next((g for g in as_prep.children if g.dep_ == "pobj"), None) if as_prep else None
            )
        if name is None or name.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        first, last = self.doc[name.left_edge.i], self.doc[name.right_edge.i]
        if any(first.idx <= r.open < self.tok_end(last.i) for r in self.runs):
            return None  # "what they called the “second liberation”": a scare term, no quote
        return self._draft(first.i, last.i, verb, subj, "characterization")

    def _open_question(self, t: Token) -> Draft | None:
        clause = t.head if t.dep_ in ("advmod", "mark", "nsubj", "dobj") else None
        if clause is None or clause.i <= t.i or clause.left_edge.i != t.i:
            return None
        verb = clause.head
        if clause.dep_ not in ("ccomp", "advcl") or verb.i != t.i - 1:
            return None  # ("has not said when …": the question right after the verb)
        if lemma_of(verb) not in OPEN_QUESTION_VERBS:
            return None
        if not any(c.dep_ == "neg" for c in verb.children) and not (
            verb.dep_ == "xcomp"
            and verb.head.lemma_ in ("have", "be")
            and any(c.lower_ == "yet" for c in verb.head.children)
        ):
            return None  # ("has yet to explain why …" leaves it open too)
        if not any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children) and t.dep_ != "nsubj":
            return None
        subj = self._subject(verb)  # ("would not say why …" was said: no hypothesis)
        if subj is None or not self._plausible_speaker(subj) or verb.pos_ != "VERB":
            return None
        return self._draft(t.i, clause.right_edge.i, verb, subj, "statement")

    # -- "as stated in X, …", "as reported by X, …" ----------------------------------------

    def _as_stated(self, t: Token) -> Draft | None:
        doc = self.doc
        verb = t.head
        if t.dep_ == "prep":
            return self._referred_as(t)
        if t.dep_ != "mark" or verb.i != t.i + 1 or verb.tag_ != "VBN":
            return None
        if lemma_of(verb) not in STATED_VERBS or verb.dep_ != "advcl":
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            return None  # ("as he stated", "as was reported": other shapes)
        source: Token | None = None
        for c in verb.children:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None or c.i != verb.i + 1:
                continue
            if (c.dep_ == "agent" and self._plausible_speaker(obj)) or (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and (
                    obj.lemma_.lower() in STATED_IN_NOUNS
                    or self._is_media(obj)
                    or any(g.dep_ == "poss" for g in obj.children)
                )
                and obj.ent_type_ not in ("DATE", "TIME")
            ):
                source = obj
        if source is None:
            return None
        first, last = t.i, verb.right_edge.i
        start_i, end_i = self._sentence_start(verb.i), self._sentence_end(verb.i)
        if first == start_i:
            start_i = last + 1
        elif last >= end_i - 1 and first > start_i + 3:
            end_i = first - 1
        else:
            return None
        while start_i < end_i and doc[start_i].is_punct and doc[start_i].text not in MARK_TOKENS:
            start_i += 1
        if end_i - start_i < 3 or not any(
            doc[k].pos_ in ("VERB", "AUX") for k in range(start_i, end_i + 1)
        ):
            return None
        d = self._draft(start_i, end_i, verb, source, "statement")
        if d is not None:
            d.medium = None
            d.cue = (t.idx, self.tok_end(verb.i + 1))
        return d

    def _referred_as(self, t: Token) -> Draft | None:
        """ "referred to the senator as a crook": a name given, as "called him a crook"."""
        verb = t.head
        if lemma_of(verb) != "refer" or verb.pos_ != "VERB" or t.i < verb.i:
            return None
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        name = next((g for g in t.children if g.dep_ == "pobj"), None)
        if to is None or name is None or not verb.i < to.i < t.i:
            return None
        thing = next((g for g in to.children if g.dep_ == "pobj"), None)
        if thing is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None
        subj = self._speech_subject(verb)
        if subj is None:
            return None
        return self._draft(
            thing.left_edge.i, name.right_edge.i, verb, subj, "characterization", cue_end=to.i
        )

    # -- "by X's own admission, …" --------------------------------------------------------

    def _by_admission(self, t: Token) -> Draft | None:
        doc = self.doc
        noun = next((c for c in t.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in ADMISSION_NOUNS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or not self._plausible_speaker(owner):
            return None
        if author_pronoun(owner):
            return None  # ("by my count": the writer's reckoning)
        first, last = t.i, noun.right_edge.i
        start_i, end_i = self._sentence_start(t.i), self._sentence_end(t.i)
        if first == start_i and last + 1 < self.n and doc[last + 1].text == ",":
            start_i = last + 2
        elif last >= end_i and first > start_i + 3 and doc[first - 1].text == ",":
            end_i = first - 2
        else:
            return None
        if end_i - start_i < 3 or not any(
            doc[k].pos_ in ("VERB", "AUX") for k in range(start_i, end_i + 1)
        ):
            return None
        span = self._content(start_i, end_i, t)
        if span is None:
            return None
        d = Draft(span[0], span[1], "indirect", "according")
        d.cue = (t.idx, self.tok_end(noun.i))
        d.cue_tok = noun.i
        d.subj = owner.i
        d.act = "statement"
        return d

    # -- "his argument is that …" ---------------------------------------------------------

    def _copular_noun(self, t: Token) -> Draft | None:
        clause = t.head
        if t.dep_ != "mark" or clause.dep_ != "ccomp" or clause.left_edge.i != t.i:
            return None
        be = clause.head
        if be.lemma_ != "be" or be.i != t.i - 1:
            return None
        noun = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
        if noun is None or noun.pos_ != "NOUN":
            return None
        act = COPULAR_NOUNS.get(noun.lemma_.lower())
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        holders = [
            c
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS and c.i > noun.i
        ]
        if noun.i != be.i - 1:
            # "the expectation among officials is that …": the phrase names the holder
            if owner is not None or len(holders) != 1 or holders[0].right_edge.i != be.i - 1:
                return None
            owner = next((g for g in holders[0].children if g.dep_ == "pobj"), None)
        if act is None or owner is None or not self._plausible_speaker(owner):
            return None  # ("the problem is that …", "the idea is that …": nobody's)
        span = self._content(t.i + 1, clause.right_edge.i, be)
        if span is None:
            return None
        return self._record(span, noun.i, be.i, noun.i, owner.i, act)

    # -- "X reportedly did Y", "after he allegedly brandished a pistol" -------------------

    def _reportedly(self, t: Token) -> Draft | None:
        verb = t.head
        if t.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or verb.i < t.i - 3:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ in ("WP", "WDT"):
            return None  # (a clause with its own subject: not "fighters who are reportedly …")
        start_i, end_i = verb.left_edge.i, verb.right_edge.i
        sent_start, sent_end = self._sentence_start(verb.i), self._sentence_end(verb.i)
        start_i, end_i = max(start_i, sent_start), min(end_i, sent_end)
        if end_i - start_i < 3:
            return None
        span = self._content(start_i, end_i, verb)
        if span is None:
            return None
        # (reported or alleged by people the sentence does not name)
        return self._record(span, t.i, t.i, t.i, None, "statement")

    # -- "it was reported by X that …" -----------------------------------------------------

    def _it_was_said(self, t: Token) -> Draft | None:
        verb = t.head
        if t.dep_ != "nsubjpass" or verb.tag_ != "VBN" or lemma_of(verb) not in CLAUSE_VERBS:
            return None
        if self._hypothetical(verb) or any(c.dep_ == "neg" for c in verb.children):
            return None  # ("it would be said that …", "it was not announced that …")
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.i > verb.i
                and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            ),
            None,
        )
        if clause is None:
            return None
        start_i = clause.left_edge.i
        if self.doc[start_i].lower_ == "that":
            start_i += 1
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        source = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        if source is not None and not self._plausible_speaker(source):
            return None
        return self._draft(start_i, clause.right_edge.i, verb, source, "statement", min_words=3)
