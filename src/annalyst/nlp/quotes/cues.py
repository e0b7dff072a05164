"""Speech cues and who speaks them: whether a verb reports speech, and the subject
that says it, climbing through participles, conjunctions and inverted word order.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.quotes.document import (
    Draft,
    actor_kind,
    author_pronoun,
)
from annalyst.nlp.quotes.lexicon import (
    ANONYMOUS_NOUNS,
    BELIEF_VERBS,
    CHARACTERIZATION_VERBS,
    CLAUSE_VERBS,
    DOCUMENT_NOUNS,
    DOUBLE_CLOSE,
    GROUP_PRONOUNS,
    GROUP_ROLES,
    HONORIFIC_HEADS,
    MARK_TOKENS,
    MODAL_AUX,
    ONGOING_VERBS,
    OPINION_VERBS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    QUANTIFIER_SUBJECTS,
    REPLY_VERBS,
    REQUEST_VERBS,
    SAYING_NOUNS,
    SINGLE_CLOSE,
)
from annalyst.nlp.quotes.media import Media

# Verbs whose object is asked to do what their infinitive says ("urged X to …").
ASKING_VERBS = (REQUEST_VERBS | frozenset({"tell", "warn", "remind"})) - {"direct", "order"}


def asks_someone(verb: Token) -> bool:
    """A verb that asks its object to act, with no subject of its own ("… and urged
    voters to stay home", "… and encouraged residents to boycott the firm"): after a
    reported clause, the parser hangs it on that clause, but the one asking is the speaker,
    not the clause's subject."""
    if verb.lemma_.lower() not in ASKING_VERBS or verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False
    dobj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    return dobj is not None and any(
        c.dep_ in ("xcomp", "advcl")
        and c.i > dobj.i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and not any(g.dep_ in ("nsubj", "mark") for g in c.children)
        for c in children
    )


class Cues(Media):
    """Cue verbs and the token that speaks them."""

    def _is_cue_verb(self, t: Token, lexicon: frozenset[str]) -> bool:
        """A speech verb that reports (not one inside a relative clause or an adjective)."""
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in lexicon:
            return False
        if t.dep_ in ("relcl", "acl", "amod", "compound", "csubj"):
            return False
        return not (t.tag_ == "VBN" and not any(c.dep_ == "aux" for c in t.children))

    def _says_for(self, verb: Token) -> bool:
        """A participle on a statement, a tweet or a news conference ("a statement saying
        that …", "at a news conference announcing that …"): it reports what was said there."""
        return (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.lemma_.lower() in SAYING_NOUNS
            and verb.head.i < verb.i
        )

    def _set_cue(self, draft: Draft, i: int) -> None:
        t = self.doc[i]
        end = self.tok_end(i)
        for c in t.children:
            if c.dep_ == "prt" and c.i == i + 1:  # "pointed out"
                end = self.tok_end(c.i)
        draft.cue = (t.idx, end)
        draft.cue_tok = i
        subj = self._subject(t)
        draft.subj = subj.i if subj is not None else None
        draft.medium = self._medium(t)
        draft.reply = t.lemma_.lower() in REPLY_VERBS

    def _same_paragraph(self, s: Token, verb: Token) -> Token:
        """A subject the parser took from a heading paragraph before the verb's ("The Latest
        on the race:¶7 p.m.¶Donald Trump is questioning …" makes "Latest" the subject and
        Trump its apposition): the apposition in the verb's paragraph instead."""
        if s.i >= verb.i or self.para_of(s.idx) == self.para_of(verb.idx):
            return s
        ps = self.paras[self.para_of(verb.idx)][0]
        for c in s.children:
            first = self.doc[c.left_edge.i]
            if (
                c.dep_ == "appos"
                and c.i < verb.i
                and c.pos_ in ("PROPN", "NOUN", "PRON")
                and first.idx >= ps
                and not self.text[ps : first.idx].strip()
                and not (c.i + 1 < self.n and self.doc[c.i + 1].text == ":")
            ):
                return c  # (the name opens the paragraph; not a transcript label "Haddad:")
        return s

    def _took_to(self, verb: Token) -> bool:
        """ "took to Twitter to say …", "took to the floor to warn …": the infinitive of
        something done, when the taking is no hypothesis of its own."""
        take = verb.head
        if take.lemma_.lower() != "take" or verb.dep_ not in ("advcl", "xcomp") or take.i > verb.i:
            return False
        if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in take.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in take.children)

    def _as_aside(self, verb: Token) -> tuple[Token, Token] | None:
        """ "Hawaii, as one adviser pointed out, rarely …": the "as" of an aside set off by a
        comma inside the sentence it reports, and its speaker (the parser leaves the
        sentence's subject a subject of the verb, and the speaker the object of "as" or a
        second subject)."""
        doc = self.doc
        for c in verb.children:
            if c.lower_ != "as" or c.dep_ not in ("prep", "mark") or c.i > verb.i or c.i < 2:
                continue
            if doc[c.i - 1].text != ",":
                continue
            if not any(x.dep_ == "nsubj" and x.i < c.i for x in verb.children):
                return None
            speaker = next(
                (g for g in c.children if g.dep_ == "pobj" and g.right_edge.i == verb.i - 1),
                None,
            ) or next(
                (x for x in verb.children if x.dep_ == "nsubj" and x.left_edge.i == c.i + 1),
                None,
            )
            return (c, speaker) if speaker is not None else None
        return None

    def _set_according(self, draft: Draft, i: int) -> None:
        draft.kind = "according"
        draft.cue = (self.doc[i].idx, self.tok_end(i + 1))
        draft.cue_tok = i
        pobj = next((c for c in self.doc[i + 1].children if c.dep_ == "pobj"), None)
        draft.subj = pobj.i if pobj is not None else None

    def _usable_subject(self, s: Token, verb: Token) -> bool:
        if self.para_of(s.idx) != self.para_of(verb.idx):
            return False  # the parser joined a heading to the sentence
        if s.text in MARK_TOKENS or s.is_punct:
            return False
        return self.quoted_at(s.idx) is None or self.quoted_at(s.idx) == self.quoted_at(verb.idx)

    def _subject(self, verb: Token) -> Token | None:
        """The speaker of a cue verb: its subject, climbing through participles and conjunctions."""
        v = verb
        through_adjective = False
        for _ in range(5):
            if self._says_for(v):
                # "issued a statement saying that …", "said at a news conference announcing
                # that …": the one who issued or spoke in it
                noun = v.head
                if noun.dep_ in ("nsubj", "nsubjpass"):
                    return noun  # "a statement saying … was read out": its issuer, later
                holder = noun.head.head if noun.dep_ == "pobj" else noun.head
                if noun.dep_ in ("dobj", "pobj") and holder.pos_ in ("VERB", "AUX"):
                    v = holder
                    continue
                break
            if v.dep_ == "pcomp" and v.head.lower_ == "as":
                gov = self._quoting_verb(v)  # "X quoted Y as saying", "Y was quoted as saying"
                obj = (
                    next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")), None)
                    if gov is not None
                    else None
                )
                if obj is not None:
                    return obj
            subjects = [
                c
                for c in v.children
                if c.dep_ in ("nsubj", "nsubjpass" if v.i != verb.i else "nsubj")
            ]
            csubj = [c for c in v.children if c.dep_ == "csubj"]
            if not subjects and csubj:
                # "Speaking to The Cradle, a source revealed": the parser's clausal subject
                subjects = [
                    c for c in csubj[0].subtree if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                ]
            subjects = [self._same_paragraph(s, v) for s in subjects]
            subjects = [
                s
                for s in subjects
                if self._usable_subject(s, verb) and s.ent_type_ not in ("DATE", "TIME")
            ]  # ("President Obama, opening the museum on Saturday, said": not Saturday)
            aside = self._as_aside(v) if subjects else None
            if aside is not None:
                return aside[1]  # "Hawaii, as one adviser pointed out, rarely …"
            if subjects:
                s = subjects[0]
                if len(subjects) > 1:
                    # "the group’s spokesman Jafar al-Husseini warned": the parser's two subjects;
                    # one after the verb is the subject of the report ("said Iran was …")
                    left = [x for x in subjects if x.i < v.i] or [
                        min(subjects, key=lambda x: x.i)
                    ]  # "says the source – a reference to … Muhandes": the nearest
                    named = [(x, self.mention_at(x.idx)) for x in left]
                    persons = [
                        x for x, m in named if m is not None and actor_kind(m.actor) == "person"
                    ]
                    s = (persons or [x for x, m in named if m is not None] or left)[0]
                named_next = [
                    c
                    for c in s.children
                    if c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and c.right_edge.i == v.i - 1
                    and self.doc[c.left_edge.i - 1].text == ","
                ]
                if named_next and s.i < v.i:
                    # "To understand the real Dred Scott, Chief Justice Roberts said": the
                    # parser made the name next to the verb an apposition of an earlier noun
                    s = named_next[0]
                if s.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                    return v.head
                if s.lower_ == "it" and through_adjective:
                    return None  # "it is important to note that"
                return s
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                break  # a subject the parser put out of reach (another paragraph, a quote)
            if (
                v.dep_ == "conj"
                and (
                    v.lemma_.lower() in CLAUSE_VERBS
                    or (
                        v.lemma_.lower() in CHARACTERIZATION_VERBS
                        and any(c.dep_ == "dobj" for c in v.children)
                    )
                    or asks_someone(v)
                )
                and (
                    v.head.lemma_.lower() not in CLAUSE_VERBS | OPINION_VERBS
                    or v.head.dep_ == "ccomp"  # "said that X would declare … and suggested"
                )
            ):
                # "stressed that X had been … and denied that …": the parser hung the second
                # verb inside the first report; its subject is the first verb's
                anc = v.head
                # (the parser also reads the reported clause as an adverbial one: "tweeted
                # that X was … and encouraged Y to …")
                clause_deps = ("ccomp", "advcl") if asks_someone(v) else ("ccomp",)
                for _ in range(4):
                    if anc.dep_ in clause_deps or anc.head.i == anc.i:
                        break
                    anc = anc.head
                if anc.dep_ in clause_deps and anc.head.lemma_.lower() in CLAUSE_VERBS:
                    v = anc.head
                    continue
            if (
                v.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep")
                or (v.dep_ == "advmod" and v.lower_ in ("short", "aside", "apart"))
                # ("stopped short of calling", "declined, aside from saying …")
            ) and v.head.i != v.i:
                if v.dep_ == "xcomp" and v.head.pos_ == "ADJ":
                    through_adjective = True
                reported = v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in (
                    CLAUSE_VERBS | BELIEF_VERBS
                )
                if v.dep_ == "advcl" and v.tag_ == "VBG" and reported:
                    # "X underscored that the cause remains …, stating that …": the parser
                    # hung the participle on the report; X is still the one speaking
                    v = v.head.head
                    continue
                v = v.head
                continue
            if v.dep_ == "ccomp" and (
                v.head.lemma_.lower() in ("go", "begin", "continue")
                or (self.quoted_at(v.idx) is not None and self.quoted_at(verb.idx) is None)
            ):
                v = v.head  # "“…,” adding": the parser hung the cue inside the quote
                continue
            if (
                v.dep_ == "acomp" or (v.dep_ == "oprd" and v.head.lemma_ in ("seem", "appear"))
            ) and v.head.i != v.i:
                through_adjective = True
                v = v.head
                continue
            break
        return self._subject_fallback(v if self.quoted_at(v.idx) is None else verb)

    def _subject_fallback(self, verb: Token) -> Token | None:
        """A subject the parser missed: "…, a senior source, speaking to X, has revealed",
        "“…,” says the source"."""
        para = self.para_of(verb.idx)
        # inverted: the noun phrase right after the verb
        j = verb.i + 1
        while j < self.n and self.doc[j].pos_ in ("ADV", "PART") and j < verb.i + 3:
            j += 1
        closers = DOUBLE_CLOSE + SINGLE_CLOSE + "\"'"
        prev_tok = self.doc[verb.i - 1] if verb.i > 0 else None
        left_is_quote = prev_tok is not None and (
            prev_tok.text[-1:] in closers
            or (prev_tok.text == "," and verb.i > 1 and self.doc[verb.i - 2].text[-1:] in closers)
        )  # "“…,” says the source"
        if (
            left_is_quote
            and j < self.n
            and self.doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PRON")
        ):
            k = j
            while (
                k < self.n
                and k < j + 8
                and self.doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PART", "PUNCT")
                and self.doc[k].text not in (",", ".", "–", "—", ":", ";")
            ):
                k += 1
            head = self.doc[k - 1] if k > j else None
            if (
                head is not None
                and head.pos_ in ("NOUN", "PROPN")
                and self.para_of(head.idx) == para
            ):
                return head
        i = verb.i - 1
        steps = 0
        while i >= 0 and steps < 25:
            t = self.doc[i]
            steps += 1
            if t.idx < self.paras[para][0]:
                return None
            if t.text in (".", "!", "?", ":", ";") or t.text in MARK_TOKENS:
                return None
            if t.dep_ in ("aux", "auxpass", "neg", "advmod") or t.pos_ in ("AUX", "ADV", "PART"):
                i -= 1
                continue
            if t.text == ",":
                j = i - 1
                while j >= 0 and self.doc[j].text not in (",", ".", ":", ";") and i - j < 25:
                    j -= 1
                seg = [self.doc[k] for k in range(j + 1, i)]
                if seg and (seg[0].tag_ in ("VBG", "VBN") or seg[0].lower_ in ("who", "which")):
                    i = j - 1 if j >= 0 and self.doc[j].text == "," else j
                    continue
                i -= 1
                continue
            if t.pos_ in ("NOUN", "PROPN", "PRON"):
                head = t
                while head.dep_ in ("compound", "amod", "poss", "det") and head.head.i > head.i:
                    head = head.head
                if (
                    head.dep_ == "appos"
                    and head.head.i < head.i
                    and self.para_of(head.head.idx) == para
                    and (head.head.pos_ == "PROPN" or self.mention_at(head.head.idx) is not None)
                ):
                    # "Aamar Kazmi, an activist, told …": the name (not "… by a rocket, a
                    # security source told AFP": the parser's apposition of a thing)
                    head = head.head
                return head
            return None
        return None

    def _plausible_speaker(self, s: Token) -> bool:
        low, lemma = s.lower_, s.lemma_.lower()
        if low == "one" and not any(c.dep_ == "prep" for c in s.children):
            return False  # "one wonders", "one might say"
        if low == "those" and any(c.dep_ in ("amod", "prep", "relcl", "acl") for c in s.children):
            return True  # "those close to him", "those who know her"
        if author_pronoun(s) and low not in ("me", "us", "my", "our"):
            # the writer ("I think …", "we know that …") speaks outside quotations; inside
            # one, "I" is part of the quoted words
            return self.quoted_at(s.idx) is None and not self.in_block(s.idx)
        if author_pronoun(s) or low in (
            "this",
            "these",
            "that",
            "those",
            "which",
            "what",
            "who",
        ):
            return False
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or lemma in HONORIFIC_HEADS:
            return True
        if low in QUANTIFIER_SUBJECTS:
            return True  # "all agreed that", "some say", "both warned"
        if self.mention_at(s.idx) is not None or s.pos_ == "PROPN":
            return True
        if lemma in PERSON_ROLES or lemma in ANONYMOUS_NOUNS or lemma in GROUP_ROLES:
            return True
        if lemma in DOCUMENT_NOUNS:
            return True
        # the subject of a speech verb is its source whatever the noun: "his lawyer", "top
        # black lawmakers", "the ruling", "critics" (the lexicons above only tell the kind)
        return s.pos_ == "NOUN" or any(
            m.actor is not None for m in self.mentions_in(s.left_edge.idx, self.tok_end(s.i))
        )

    def _hypothetical(self, verb: Token) -> bool:
        """ "would say", "will announce", "one choice: to tell them" — not a report of speech."""
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX:
                if c.lower_ == "to" and (
                    verb.head.lemma_.lower() in ONGOING_VERBS or self._took_to(verb)
                ):
                    continue  # "went on to say", "seemed to think": said or held all the same
                return True
        return False
