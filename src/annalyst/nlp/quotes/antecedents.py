"""Antecedents of speakers that are not names: pronouns ("he", "they"), role nouns
("the spokesman") and "the source" go back to an earlier speaker or actor mention.
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Token

from annalyst.nlp.quotes.document import (
    Draft,
    Mention,
    actor_kind,
    is_junk,
)
from annalyst.nlp.quotes.lexicon import (
    PERSON_PRONOUNS,
)
from annalyst.nlp.quotes.shapes import Shapes


class Antecedents(Shapes):
    """Following pronouns and role nouns back to a speaker or an actor."""

    def _antecedent(
        self,
        d: Draft,
        want: str,
        done: list[Draft],
        role: str | None,
        anchor: str | None,
        s: Token,
        gender: str | None = None,
    ) -> None:
        """Resolve a pronoun, role noun or "the source" to an earlier speaker or actor (of the
        pronoun's gender when the text has given the actor one)."""
        pos = s.idx
        para = self.para_of(pos)
        enclosing = self.quoted_at(pos)
        if enclosing is not None and want in ("person", "group", "body", "plural"):
            # "He said on Sunday, ‘…’" inside Kirby's words: someone Kirby spoke of
            outer = next((p for p in reversed(done) if p.start <= pos < p.end), None)
            m = self._antecedent_mention(
                pos, want, exclude=outer.speaker if outer else None, quoted=True, gender=gender
            )
            if m is not None:
                d.speaker = dict(m.actor or {})
                return
        prev = None
        for p in reversed(done):
            if p.start <= pos < p.end or (enclosing and p.start <= enclosing[0] < p.end):
                continue  # the turn this pronoun is said in: its speaker is "I", not "he"
            if p.last > pos + 1 and p.start >= pos:
                continue
            if p.speaker is None and not p.anonymous:
                continue
            if self._clashes(p.speaker, gender):
                continue  # "she" after a quote by someone the text calls "he"
            prev = p
            break
        if role is not None:
            holder = self._role_mention(pos, role, anchor, want)
            if holder is not None:
                same = prev is not None and str((prev.speaker or {}).get("id")) == str(
                    (holder.actor or {}).get("id")
                )
                if not same:
                    d.speaker = dict(holder.actor or {})
                    return

        if (
            prev is not None
            and self.para_of(prev.start) >= para - 4
            and self._compatible(prev, want)
            and not self._new_subject(prev.last, pos, want, prev, gender)
        ):
            self._copy_speaker_only(d, prev)
            return
        if want == "anonymous":
            return
        # (a role noun whose holder the text never named, "…, the mayor said", is no
        # name the recogniser guessed from a word nearby: "Saut" of "Saut-d'Eau")
        m = self._antecedent_mention(pos, want, gender=gender, known_only=role is not None)
        if m is not None:
            d.speaker = dict(m.actor or {})
            return
        if prev is not None and self._compatible(prev, want):
            self._copy_speaker_only(d, prev)

    def _role_mention(self, pos: int, role: str, anchor: str | None, want: str) -> Mention | None:
        """The latest actor before pos introduced with that role and anchor
        ("the resistance group’s spokesman Jafar al-Husseini", "Iran’s ambassador, Iraj Masjedi")."""
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        seen = 0
        enclosing = self.quoted_at(pos)
        while i >= 0 and seen < 80:
            m = self.mentions[i]
            i -= 1
            seen += 1
            if m.actor is None or m.source == "agent" or m.end > pos or is_junk(m):
                continue
            if self.quoted_at(m.start) not in (None, enclosing):
                continue
            kind = actor_kind(m.actor)
            if (want == "person") != (kind == "person") or not _kind_wanted(kind, want):
                continue
            words = self._np_words(m)
            if role not in words:
                continue
            if anchor is not None and anchor not in words and anchor not in ("its", "their"):
                continue
            return m
        return None

    def _np_words(self, m: Mention) -> set[str]:
        """Lower-cased words of the noun phrase a mention heads or is the name in."""
        t = self.doc[m.token]
        top = t
        if t.dep_ in ("appos", "compound", "flat"):
            top = t.head
        lo, hi = top.left_edge.i, top.right_edge.i
        lo = max(lo, top.i - 14)
        hi = min(hi, top.i + 14)
        words = {self.doc[k].lower_ for k in range(lo, hi + 1)}
        words |= {self.doc[k].lemma_.lower() for k in range(lo, hi + 1)}
        words |= set(m.text.lower().split())
        words |= set(str((m.actor or {}).get("name", "")).lower().split())  # "the agency": UNRWA
        return words

    def _compatible(self, p: Draft, want: str) -> bool:
        if want == "any":
            return True
        if p.anonymous:
            return want in ("person", "anonymous", "plural", "group", "body")
        if want == "anonymous":
            return False
        kind = actor_kind(p.speaker)
        if want == "person":
            return kind == "person"
        if want == "body":
            return kind in ("organization", "group")  # "the group": no state
        if want in ("group", "plural"):
            return kind in ("organization", "group", "state")  # "they" is never one person
        return True

    def _clashes(self, actor: dict[str, Any] | None, gender: str | None) -> bool:
        """Whether the text gave an actor the other gender than a pronoun's."""
        if gender is None or actor is None:
            return False
        known = self.genders.get(str(actor.get("id", "")))
        return known is not None and known != gender

    def _new_subject(
        self, start: int, end: int, want: str, prev: Draft, gender: str | None = None
    ) -> bool:
        """Whether another compatible actor became a sentence subject between start and end."""
        prev_id = str((prev.speaker or {}).get("id", ""))
        for m in self.mentions_in(start, end):
            if m.actor is None or m.source == "agent" or self.quoted_at(m.start):
                continue
            if self._clashes(m.actor, gender):
                continue
            kind = actor_kind(m.actor)
            if not _kind_wanted(kind, want):
                continue
            if str(m.actor.get("id")) == prev_id:
                continue
            t = self.doc[m.token]
            if t.dep_ in ("appos", "compound"):
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != prev.cue_tok:
                return True  # (a second subject of the previous cue is the parser's mistake)
        return False

    def _antecedent_mention(
        self,
        pos: int,
        want: str,
        exclude: dict[str, Any] | None = None,
        quoted: bool = False,
        gender: str | None = None,
        known_only: bool = False,
    ) -> Mention | None:
        """The most recent compatible actor before pos; subjects of this sentence or the two
        before it first (with ``known_only``, only actors the knowledge base knows)."""
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        enclosing = self.quoted_at(pos)
        window = self.tok_index(pos)
        for _ in range(5):
            while window > 0 and self.doc[window - 1].is_space:
                window -= 1
            window = self._sentence_start(max(0, window - 1)) if window > 0 else 0
        window_start = self.doc[window].idx if self.n else 0
        fallback = None
        seen = 0
        excluded = str((exclude or {}).get("id", "\x00"))
        while i >= 0 and seen < 40:
            m = self.mentions[i]
            i -= 1
            if m.actor is None or m.end > pos or m.source == "agent" or is_junk(m):
                continue
            if known_only and str(m.actor.get("id", "")).startswith("~"):
                continue
            if self.quoted_at(m.start) not in (None, enclosing) and not quoted:
                continue
            seen += 1
            if str(m.actor.get("id")) == excluded or self._clashes(m.actor, gender):
                continue
            kind = actor_kind(m.actor)
            if not _kind_wanted(kind, want):
                continue
            t = self.doc[m.token]
            if want == "plural" and kind == "person" and not self._coordinated(t):
                continue  # "they": a body, or people named together ("Obama and Clinton")
            dep = t.head.dep_ if t.dep_ in ("appos", "compound") else t.dep_
            if dep in ("nsubj", "nsubjpass") and (m.start >= window_start or fallback is None):
                return m
            if fallback is None:
                fallback = m
            if seen > 12 or m.start < window_start:
                break
        return fallback

    def _coordinated(self, t: Token) -> bool:
        """Whether a name is one of several joined by "and" ("Obama and Clinton")."""
        if t.dep_ in ("compound", "flat") and t.head.i != t.i:
            t = t.head
        return t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)

    def _copy_speaker_only(self, d: Draft, prev: Draft) -> None:
        d.speaker = prev.speaker
        d.anonymous = prev.anonymous

    def _addressee_of(self, prev: Draft) -> dict[str, Any] | None:
        """ "One of us said to him, … He replied": the one spoken to."""
        if prev.cue_tok is None:
            return None
        verb = self.doc[prev.cue_tok]
        for c in verb.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lower_ in PERSON_PRONOUNS:
                    m = self._antecedent_mention(pobj.idx, "person", exclude=prev.speaker)
                    if m is not None:
                        return dict(m.actor or {})
        return None


def _kind_wanted(kind: str | None, want: str) -> bool:
    """Whether an actor of a kind can be what a pronoun or a noun asks for: a person for
    "he", a body for "the group" (never a state), anyone but a person for "it"."""
    if want == "person":
        return kind == "person"
    if want == "body":
        return kind in ("organization", "group")
    return not (want == "group" and kind == "person")
