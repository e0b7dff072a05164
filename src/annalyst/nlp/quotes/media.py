"""The medium of a quotation: where the words were said or published ("told The Cradle",
"in a statement carried by al-Mayadeen", "at a ceremony in Baghdad").
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.quotes.document import (
    actor_kind,
)
from annalyst.nlp.quotes.lexicon import (
    FORUMS,
    INTERVIEW_NOUNS,
    MEDIA_ADDRESSEES,
    MEDIUM_NOUNS,
    MEDIUM_PREPS,
    RELAY_VERBS,
    SPEAK_VERBS,
)
from annalyst.nlp.quotes.marks import Marks


class Media(Marks):
    """Where the words were said: interviews, statements, channels, settings."""

    def _medium(self, verb: Token) -> tuple[int, int] | None:
        """Where the words were said: an interview, a statement, a channel, a ceremony."""
        verbs = [verb]
        v = verb
        for _ in range(2):
            if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
                v = v.head
                verbs.append(v)
        gov = (
            self._quoting_verb(verb) if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
        )
        if gov is not None:
            subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return self._np_span(subj)
        for v in list(verbs):
            for c in list(v.children) + (list(v.head.children) if v.dep_ == "advcl" else []):
                if (
                    c.dep_ in ("advcl", "csubj")
                    and c.lemma_.lower() in SPEAK_VERBS
                    and c not in verbs
                ):
                    verbs.append(c)
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("dative", "dobj") and v.lemma_ == "tell":
                    if self._is_media(c) or c.lemma_.lower() in MEDIA_ADDRESSEES | FORUMS:
                        # "told The Cradle", "told the Senate Appropriations Committee"
                        keep = self._medium_tokens(c, 1)
                        first, last = min(keep), max(keep)
                        return self.doc[first].idx, self.tok_end(last)
                    continue
                if c.dep_ != "prep" or c.lower_ not in MEDIUM_PREPS:
                    continue
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                lemma = pobj.lemma_.lower()
                media = self._is_media(pobj) or lemma in MEDIA_ADDRESSEES
                if c.lower_ == "to" and media:
                    if v.lemma_ in ("speak", "talk", "write", "say"):
                        return self._pp_span(c)  # "speaking to Press TV"
                    return self._np_span(pobj)  # "revealed to The Cradle"
                if c.lower_ in ("to", "with") and not media and lemma not in MEDIUM_NOUNS:
                    continue
                if lemma in MEDIUM_NOUNS or media:
                    return self._pp_span(c)
        return None

    def _np_span(self, t: Token) -> tuple[int, int]:
        m = self.mention_at(t.idx)
        left = t.left_edge.i
        right = t.i
        for c in t.children:
            if c.i > t.i and c.dep_ in ("compound", "flat", "nummod", "appos"):
                right = max(right, c.right_edge.i)
        if m is not None:
            return min(m.start, self.doc[left].idx), max(m.end, self.tok_end(right))
        return self.doc[left].idx, self.tok_end(right)

    def _pp_span(self, prep: Token) -> tuple[int, int]:
        """A medium phrase: the preposition and its noun phrase with what names the setting
        ("in an interview with BBC Persian", "in a statement carried by al-Mayadeen", "at a
        ceremony in Baghdad"), without dates, topics and clauses ("on Wednesday", "about …",
        "marking the anniversary …")."""
        keep = self._medium_tokens(prep, 0)
        a, b = prep.i, max(keep)
        while b > a and (self.doc[b].is_punct or b not in keep):
            b -= 1
        return self.doc[a].idx, self.tok_end(b)

    def _medium_tokens(self, t: Token, depth: int) -> set[int]:
        out = {t.i}
        for c in t.children:
            dep, low = c.dep_, c.lower_
            if dep in ("pobj", "det", "amod", "compound", "poss", "nummod", "case", "flat", "nmod"):
                if dep == "amod" and c.pos_ == "VERB" and c.i > t.i:
                    continue  # "Dijlah TV broadcast on Wednesday"
                if dep in ("amod", "compound") and c.i < t.i:
                    out |= {g.i for g in c.subtree}  # "Saudi-owned al-Arabiya TV"
                else:
                    out |= self._medium_tokens(c, depth + 1)
            elif (
                dep == "prep" and depth < 4 and low in ("with", "in", "to", "for", "of", "by", "on")
            ):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or pobj.tag_ == "VBG":
                    continue
                if low == "on" and not (
                    self._is_media(pobj) or pobj.lemma_.lower() in MEDIUM_NOUNS
                ):
                    continue
                out |= self._medium_tokens(c, depth + 1)
            elif dep == "acl" and c.lemma_.lower() in RELAY_VERBS:
                # "carried by al-Mayadeen", "read on state television" (not "broadcast on Monday")
                sub: set[int] = set()
                for g in c.children:
                    pobj = next((x for x in g.children if x.dep_ == "pobj"), None)
                    if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                        continue
                    if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ("by", "on", "in")):
                        sub |= self._medium_tokens(g, depth + 1)
                if sub:
                    out |= {c.i} | sub
        return out

    def _is_media(self, token: Token) -> bool:
        m = self.mention_at(token.idx)
        if m is None or m.actor is None or m.source == "agent" or actor_kind(m.actor) == "person":
            return False  # "told reporters": an audience, not a medium
        return "MED" in (m.actor.get("sectors") or []) or str(m.actor.get("id", "")).startswith(
            "media:"
        )

    def _intro_medium(self, pos: int) -> tuple[int, int] | None:
        """The medium named in the paragraph or two before an interview's first turn."""
        para = self.para_of(pos)
        lo = self.paras[max(0, para - 2)][0]
        found: list[tuple[int, int, tuple[int, int]]] = []
        for k in range(self.tok_after(lo), min(self.tok_after(pos), self.n)):
            t = self.doc[k]
            if t.dep_ != "prep" or t.lower_ not in MEDIUM_PREPS | {"for", "by"}:
                continue
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            lemma = pobj.lemma_.lower()
            if lemma in INTERVIEW_NOUNS and t.lower_ in ("in", "on", "during", "with", "to", "for"):
                found.append((0, -k, self._pp_span(t)))  # "in an exclusive interview with X"
            elif self._is_media(pobj):
                found.append((1, -k, self._pp_span(t)))  # "spoke to Al Mayadeen"
            elif lemma in MEDIUM_NOUNS and t.lower_ != "with":
                found.append((2, -k, self._pp_span(t)))
        return min(found)[2] if found else None

    def _appearance(self, actor_id: str, pos: int) -> tuple[int, int] | None:
        """A setting given for an actor's appearance earlier in the text: the medium of a
        sentence whose subject is that actor."""
        for m in reversed(self.mentions_in(0, pos)):
            if m.actor is None or str(m.actor.get("id")) != actor_id:
                continue
            t = self.doc[m.token]
            if t.dep_ in ("appos", "compound"):
                t = t.head
            if t.dep_ == "nsubj" and t.head.pos_ == "VERB" and self.quoted_at(t.idx) is None:
                medium = self._medium(t.head)
                if medium is not None and medium[1] <= pos:
                    return medium
        return None
