"""Speaker resolution: from the words that name a speaker to an actor of the actor
layer, an anonymous source, or a provisional person; quotes without a cue of their own
continue the previous speaker.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from annalyst.nlp.actor_words import called_so
from annalyst.nlp.quotes.antecedents import Antecedents
from annalyst.nlp.quotes.document import (
    Draft,
    Mention,
    actor_kind,
    author_pronoun,
    is_junk,
    is_possessor,
    slug,
)
from annalyst.nlp.quotes.lexicon import (
    ALL_MARKS,
    ANONYMOUS_NOUNS,
    CLAUSE_VERBS,
    DOCUMENT_NOUNS,
    GENDERED_NOUNS,
    GROUP_PRONOUNS,
    GROUP_ROLES,
    HONORIFIC_HEADS,
    HONORIFIC_WORDS,
    IN_SOURCE_NOUNS,
    INDEFINITE_DETS,
    MARK_TOKENS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PRONOUN_GENDERS,
)

# Nouns for a medium that only a medium is called ("the channel", not "the agency",
# which may be the nuclear watchdog).
_BROADCASTERS = frozenset({"television", "tv", "radio", "broadcaster", "channel", "newspaper",
                           "daily", "website"})  # fmt: skip


class Speakers(Antecedents):
    """Resolving each draft's speaker, cue continuation and issuer of documents."""

    def _resolve(self, drafts: list[Draft]) -> None:
        self._resolve_speakers(drafts)
        # a medium given once for a speech or an interview holds for the speaker's other words
        media: dict[str, tuple[int, int]] = {}
        for d in drafts:
            key = str((d.speaker or {}).get("id", "")) if d.speaker else ""
            if not key:
                continue
            if d.medium is not None:
                media[key] = d.medium
            elif key in media:
                d.medium = media[key]
            else:
                # "Halbousi defended the law during a session of parliament. “…,” he said."
                found = self._appearance(key, d.start)
                if found is not None:
                    d.medium = media[key] = found

    def _resolve_speakers(self, drafts: list[Draft]) -> None:
        done: list[Draft] = []
        labels: dict[str, dict[str, Any] | None] = {}
        for d in drafts:
            if d.kind == "label" and d.source is not None:
                self._resolve_label(d, labels)
            elif d.subj is not None:
                self._resolve_subject(d, self.doc[d.subj], done)
            elif d.kind in ("direct", "block"):
                self._continuation(d, done)
            done.append(d)

    def _continuation(self, d: Draft, done: list[Draft]) -> None:
        """A quote without a cue of its own continues the previous speaker's words."""
        colon_only = d.cue is not None and d.cue[1] - d.cue[0] == 1
        prev = next((p for p in reversed(done) if p.last <= d.start + 1 and not p.done), None)
        para = self.para_of(d.start)
        ps = self.paras[para][0]
        starts_para = not self.text[ps : d.start].strip(ALL_MARKS + " ")
        if prev is not None and (
            prev.speaker is not None or prev.anonymous or prev.speaker_span is not None
        ):  # (a speaker named but not resolved to an actor is still the speaker)
            between = self.text[prev.last : d.start]
            narrative = re.sub(r"[\s" + re.escape(ALL_MARKS) + r".,;:!?–—-]", "", between)
            prev_para = self.para_of(prev.last - 1)
            core = between.strip(ALL_MARKS + " \t\u00a0")
            # "“…,” Mr. Obama said on Saturday at the gala in Washington, where … . “…”": the
            # rest of the sentence that attributed the previous quotation, however long
            rest_of_attribution = (
                prev.cue is not None
                and prev.cue[0] >= prev.end
                and bool(core)
                and self._one_sentence(prev.last, d.start)
                and not any(prev.last <= r.open < d.start - 1 for r in self.runs if r.depth == 0)
            )
            if (
                (prev_para == para and (len(narrative) < 40 or rest_of_attribution))
                or (prev_para == para - 1 and starts_para and len(narrative) < 3)
                or (colon_only and prev_para >= para - 1 and len(narrative) < 3)
            ):
                self._copy(d, prev)
                return
        if starts_para and para > 0 and not colon_only:
            # a quotation opening a paragraph after a reporting sentence: "X reported seeing …"
            pps, ppe = self.paras[para - 1]
            i = self.tok_index(ppe - 1)
            steps = 0
            while i >= 0 and self.doc[i].idx >= pps and steps < 40:
                t = self.doc[i]
                if t.text in (".", "!", "?") and steps > 2:
                    break
                speaks = self._is_cue_verb(t, CLAUSE_VERBS) or (
                    t.pos_ == "VERB" and t.dep_ == "ROOT" and self._medium(t) is not None
                )  # "X reflected on his years in power in an interview with Dijlah TV."
                if speaks and self.quoted_at(t.idx) is None:
                    s = self._subject(t)
                    if s is not None and self._plausible_speaker(s):
                        self._resolve_subject(d, s, done)
                        if d.cue is None:
                            d.cue, d.cue_tok = (t.idx, self.tok_end(t.i)), t.i
                            d.medium = d.medium or self._medium(t)
                    return
                i -= 1
                steps += 1

    def _one_sentence(self, start: int, end: int) -> bool:
        """Whether the words between two offsets end no sentence before their last one (by
        tokens: "Mrs." and "R." are not full stops)."""
        stops = [
            k
            for k in range(self.tok_after(start), min(self.tok_after(end), self.n))
            if self.doc[k].text in (".", "!", "?")
        ]
        words = [
            k
            for k in range(self.tok_after(start), min(self.tok_after(end), self.n))
            if not self.doc[k].is_space and self.doc[k].text not in MARK_TOKENS
        ]
        return len(stops) <= 1 and (not stops or stops[0] == words[-1])

    def _copy(self, d: Draft, prev: Draft) -> None:
        """A quote continuing the previous one shares its speaker, cue and medium."""
        d.speaker = prev.speaker
        d.anonymous = prev.anonymous
        d.speaker_span = prev.speaker_span
        d.speaker_text = prev.speaker_text
        if d.subj is None:
            d.subj = prev.subj  # keeps a name that resolved to no actor in the output
        if d.cue is None or (d.cue[1] - d.cue[0] == 1 and prev.cue is not None):
            d.cue, d.cue_tok = prev.cue, prev.cue_tok
        d.medium = d.medium or prev.medium

    def _phrase(self, head: Token) -> tuple[int, int]:
        """The words of a speaker phrase: its head with determiners, modifiers and "of"-phrases,
        without relative clauses or appositions."""
        left, right = head.i, head.i
        for c in head.children:
            if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj") or c.text in MARK_TOKENS:
                continue
            if c.i < head.i:
                left = min(left, c.left_edge.i)
            elif (
                c.dep_ in ("compound", "amod", "nummod", "flat")
                or (
                    c.dep_ == "prep"
                    and c.lower_ in ("of", "in", "from", "at", "for", "to", "within", "close")
                )
                or c.dep_ == "amod"
                or c.lower_ == "close"
            ):
                right = max(right, c.right_edge.i)
        while left < right and (self.doc[left].is_punct or self.doc[left].dep_ == "cc"):
            left += 1
        while right > left and (self.doc[right].is_punct or self.doc[right].text in MARK_TOKENS):
            right -= 1
        if self.para_of(self.doc[left].idx) != self.para_of(head.idx):
            left = head.i
        return self.doc[left].idx, self.tok_end(right)

    def _path(self, m: Mention, head: Token) -> str | None:
        """How a mention hangs from a phrase head: 'name' (compound, apposition), 'of' (through
        "of", "for" or a possessive: an owner), 'at' (through another preposition: a place,
        "traders in Baghdad's al-Kifah street"), or None when it is not in the phrase."""
        t = self.doc[m.token]
        via = "name"
        for _ in range(10):
            if t.i == head.i:
                return via
            if t.dep_ in ("relcl", "acl", "ccomp", "advcl") or t.head.i == t.i:
                return None
            if t.dep_ in ("amod", "npadvmod", "advmod", "nummod"):
                return None  # "the Britain-based monitor": a modifier, not the speaker
            if t.dep_ == "prep" and t.lower_ not in ("of", "for"):
                via = "at"
            elif (t.dep_ in ("pobj", "prep", "poss") or is_possessor(t)) and via != "at":
                via = "of"
            t = t.head
        return None

    def _resolve_subject(self, d: Draft, s: Token, done: list[Draft]) -> None:
        low, lemma = s.lower_, s.lemma_.lower()
        core = self._phrase(s)
        d.speaker_span = core
        d.speaker_text = self.text[core[0] : core[1]]
        if d.reply and done and low in PERSON_PRONOUNS:
            answer = self._addressee_of(done[-1])
            if answer is not None:
                d.speaker = answer
                return
        if author_pronoun(s):
            # "I told Mr Grossi, ‘…’" inside Araghchi's words: the speaker of the quote
            outer = next((p for p in reversed(done) if p.start <= s.idx < p.end), None)
            if outer is not None and low != "you":
                self._copy_speaker_only(d, outer)
                d.speaker_span = (s.idx, self.tok_end(s.i))
                d.speaker_text = s.text
            return
        honorific = lemma in HONORIFIC_HEADS and any(c.tag_ == "PRP$" for c in s.children)
        head_mention = None if honorific else self.mention_at(s.idx)
        if head_mention is not None and (
            head_mention.actor is None or head_mention.source == "agent"
        ):
            head_mention = None
        phrase = (s.left_edge.idx, self.tok_end(s.right_edge.i))
        named = [
            (m, path)
            for m in self.mentions_in(*phrase)
            if m.actor is not None
            and m.source != "agent"
            and not is_junk(m)
            and (path := self._path(m, s)) is not None
            and not (self.in_accepted(m.start) and not self.in_accepted(s.idx))
        ]
        names = [m for m, path in named if path == "name"]
        persons = [m for m in names if actor_kind(m.actor) == "person"]
        owners = [m for m, path in named if path == "of"]
        # a name set off by commas after a role: "The head of the movement in Gaza, Yahya Sinwar"
        appositives = [
            m
            for m, path in named
            if path in ("of", "at")
            and actor_kind(m.actor) == "person"
            and self.doc[m.token].dep_ == "appos"
            and not any(c in self.text[min(s.idx, m.start) : max(s.idx, m.start)] for c in "–—")
            and self._hops(m, s) <= 6
        ]
        if (
            head_mention is not None
            and not is_junk(head_mention)
            and not (persons and actor_kind(head_mention.actor) != "person")
        ):
            self._set_mention(d, head_mention)
            return
        if persons and lemma not in DOCUMENT_NOUNS:
            self._set_mention(d, persons[-1] if s.i < self.doc[persons[-1].token].i else persons[0])
            return
        if appositives and (lemma in PERSON_ROLES or lemma in ANONYMOUS_NOUNS):
            self._set_mention(d, appositives[0])
            return
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or honorific:
            want = "person" if (low in PERSON_PRONOUNS or honorific) else "group"
            if low in ("they", "them", "their"):
                want = "plural"
            gender = PRONOUN_GENDERS.get(low)
            self._antecedent(d, want, done, None, None, s, gender)
            first = s.left_edge.i if honorific else s.i
            span = (self.doc[first].idx, self.tok_end(s.i))
            d.speaker_span = span
            d.speaker_text = self.text[span[0] : span[1]]
            return
        dets = {c.lower_ for c in s.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        determiner = next((c.lower_ for c in s.children if c.dep_ == "det"), None)
        has_poss = any(is_possessor(c) for c in s.children)
        plural = s.tag_ in ("NNS", "NNPS")
        indefinite = bool(dets & INDEFINITE_DETS) or (
            determiner is None and plural and not has_poss
        )
        bodies = [m for m in names + owners if actor_kind(m.actor) != "person"]
        if (
            lemma in ("spokesman", "spokesperson", "spokeswoman")
            and bodies
            and (indefinite or determiner in ("a", "an"))
        ):
            self._set_owner(d, bodies[0], core)  # "a spokesman for the Qom Fire Department"
            return
        if lemma in ANONYMOUS_NOUNS and not has_poss and (indefinite or low == "one"):
            d.anonymous = True  # "a Kurdish source", "sources close to …", "US officials"
            return
        if (
            (lemma in ANONYMOUS_NOUNS or lemma in PERSON_ROLES)
            and plural
            and not has_poss
            and not names
            and not owners
            and determiner in (None, "the")
        ):
            if determiner is None:
                d.anonymous = True  # "pro-Iran commentators": people not named, not one of them
                return
            # "the mediators said": unnamed people met before, or met only now
            self._antecedent(d, "anonymous", done, None, None, s)
            if d.speaker is None:
                d.anonymous = True
            return
        if names and not owners and lemma not in PERSON_ROLES and lemma not in DOCUMENT_NOUNS:
            self._set_owner(d, names[0], core)
            return
        if lemma in ("source", "insider"):
            self._antecedent(d, "anonymous", done, None, None, s)
            if d.speaker is None:
                d.anonymous = True
            return
        owner = self._of_object(s)
        if lemma in DOCUMENT_NOUNS:
            issuers = bodies or [
                m for m, path in named if path == "of" and actor_kind(m.actor) == "person"
            ]
            if issuers:
                self._set_owner(d, issuers[0], core)
                return
            owner_tok = self._document_owner(s)
            if owner_tok is not None and owner_tok.i > s.i:
                self._resolve_subject(d, owner_tok, done)
                if d.speaker is not None or d.anonymous:
                    return
            if indefinite or determiner in ("a", "an"):
                d.anonymous = True  # "other reports", "a statement"
                return
            self._issuer(d, done, s)
            return
        if lemma in PERSON_ROLES or honorific:
            if head_mention is not None and actor_kind(head_mention.actor) == "person":
                self._set_mention(d, head_mention)
                return
            name = self._bare_name(s)
            if name is not None:
                # "His colleague Karim Nouri": a name the recogniser missed
                self._set_provisional(d, name)
                return
            if (determiner in ("a", "an") or bool(dets & INDEFINITE_DETS)) and not owners:
                d.anonymous = True  # "a neocon journalist"
                return
            self._antecedent(d, "person", done, lemma, owner, s, GENDERED_NOUNS.get(lemma))
            self._own_country(d, s)  # "the Iraqi foreign minister" is no American named before
            if d.speaker is None and not d.anonymous and owners:
                self._set_owner(d, owners[0], core)
            return
        if names or owners:
            self._set_owner(d, (names or owners)[0], core)
            return
        generic = self.mention_at(s.idx)
        if lemma in GROUP_ROLES and not (plural and (indefinite or determiner is None)):
            if owner is not None and not owners:
                return  # "the region's health ministry": a body of something not named as an actor
            if determiner in ("a", "an"):
                # "a rights group said": one not met before, so no one named earlier
                if generic is not None and generic.actor:
                    d.speaker = dict(generic.actor)
                else:
                    d.anonymous = True
                return
            # "the group said": a body, not the state named before it
            want = "body" if lemma in _NON_STATE_ROLES else "group"
            self._antecedent(d, want, done, lemma, owner, s)
            self._own_country(d, s)  # "the Taiwanese health ministry" is not Japan's
            if (
                d.speaker is not None
                and not (_fits_role(d.speaker, lemma) and called_so(d.speaker, lemma))
            ) or (
                # ("…, state television reported": a broadcaster, not the aid group named)
                d.speaker is not None
                and lemma in _BROADCASTERS
                and "MED" not in (d.speaker.get("sectors") or ())
            ):
                # "… according to the rebels' spokesman. The government rejected it":
                # the earlier speaker is no government
                d.speaker = None
            if d.speaker is None and not d.anonymous and generic is not None and generic.actor:
                d.speaker = dict(generic.actor)  # "the army said": no army named before
            self._forces_own_organ(d, s)
            return
        if generic is not None and generic.actor is not None:
            if lemma in ANONYMOUS_NOUNS:
                d.anonymous = True
                return
            d.speaker = dict(generic.actor)  # a generic actor: "Iraqi lawmakers"
            return
        if lemma in ANONYMOUS_NOUNS:
            d.anonymous = True

    def _forces_own_organ(self, d: Draft, s: Token) -> None:
        """A defence ministry or an army telling what one state's forces did speaks for that
        state: "Turkish jets struck targets in northern Iraq, the defence ministry said" is
        Turkey's ministry, not Iraq's."""
        lemma = s.lemma_.lower()
        if lemma not in _MILITARY_ORGANS:
            return
        ministry = lemma == "ministry"
        if ministry and not any(c.lower_ in ("defence", "defense") for c in s.children):
            return
        states = {
            str(m.actor["country"])
            for m in self.mentions
            if d.start <= m.start < d.end
            and m.actor is not None
            and m.actor.get("country")
            and "MIL" in (m.actor.get("sectors") or ())
        }
        said = (d.speaker or {}).get("country")
        if len(states) != 1 or said in states:
            return
        (state,) = states
        sectors = ["GOV", "MIL"] if ministry else ["MIL"]
        words = " ".join(t.text for t in s.subtree if t.dep_ != "det")
        d.speaker = {
            "id": f"~agent:{state}:{'-'.join(x.lower() for x in sectors)}",
            "name": words,
            "text": words,
            "country": state,
            "sectors": sectors,
            "type": "group",
        }

    def _own_country(self, d: Draft, s: Token) -> None:
        """A role whose own words give a country speaks for no one of another country
        found before it: its generic actor of that country speaks instead."""
        generic = self.mention_at(s.idx)
        country = (generic.actor or {}).get("country") if generic is not None else None
        found = (d.speaker or {}).get("country")
        if country and found and found != country:
            d.speaker = dict(generic.actor or {}) if generic is not None else None

    def _hops(self, m: Mention, head: Token) -> int:
        """Dependency steps from a mention up to a phrase head (99 when not below it)."""
        t = self.doc[m.token]
        for n in range(12):
            if t.i == head.i:
                return n
            if t.head.i == t.i:
                break
            t = t.head
        return 99

    def _bare_name(self, head: Token) -> tuple[int, int] | None:
        """A personal name in apposition to a role noun that no actor mention covers."""
        for c in head.children:
            if c.dep_ not in ("appos", "compound") or c.pos_ != "PROPN" or c.i < head.i - 4:
                continue
            first = c.i
            while (
                first > 0
                and self.doc[first - 1].pos_ == "PROPN"
                and self.doc[first - 1].dep_
                in (
                    "compound",
                    "flat",
                )
            ):
                first -= 1
            tokens = [self.doc[k] for k in range(first, c.i + 1)]
            words = [
                t for t in tokens if t.text[:1].isupper() and t.text.lower() not in HONORIFIC_WORDS
            ]
            if len(words) < 2 or any(t.ent_type_ in ("GPE", "LOC", "ORG", "NORP") for t in tokens):
                continue
            start, end = words[0].idx, self.tok_end(words[-1].i)
            if self.mentions_in(start, end):
                continue
            return start, end
        return None

    def _set_provisional(self, d: Draft, span: tuple[int, int]) -> None:
        name = self.text[span[0] : span[1]]
        d.speaker = {
            "id": f"~person:{slug(name)}",
            "name": name,
            "text": name,
            "country": None,
            "sectors": [],
            "type": "person",
        }
        d.speaker_span = span
        d.speaker_text = name
        d.anonymous = False

    def _of_object(self, s: Token) -> str | None:
        """The word that anchors a role: "spokesman of *Kataib* Hezbollah", "the *IRG*'s spokesman"."""
        for c in s.children:
            if is_possessor(c) and c.tag_ != "PRP$":
                return c.lower_
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj.lower_
        return None

    def _set_mention(self, d: Draft, m: Mention) -> None:
        d.speaker = dict(m.actor or {})
        d.speaker_span = (m.start, m.end)
        d.speaker_text = m.text
        d.anonymous = False

    def _set_owner(self, d: Draft, m: Mention, core: tuple[int, int]) -> None:
        self._set_mention(d, m)
        d.speaker_span, d.speaker_text = core, self.text[core[0] : core[1]]

    def _issuer(self, d: Draft, done: list[Draft], s: Token) -> None:
        """Who issued "the statement" or "the report": the last speaker nearby, or the body
        named as its author ("a poll by X", "X issued a statement")."""
        para = self.para_of(s.idx)
        lo = self.paras[max(0, para - 2)][0]
        # the same document mentioned before: "Berri issued a terse statement", "in a
        # statement, the ministry said", "the ministry's statement", "a statement by X"
        lemma = s.lemma_.lower()
        k = s.i - 1
        while k >= 0 and self.doc[k].idx >= lo:
            t = self.doc[k]
            k -= 1
            if t.lemma_.lower() != lemma or self.quoted_at(t.idx) is not None:
                continue
            owner = self._document_owner(t)
            if owner is not None:
                self._resolve_subject(d, owner, [])
                if d.speaker is not None or d.anonymous:
                    d.speaker_span = (s.left_edge.idx, self.tok_end(s.i))
                    d.speaker_text = self.text[d.speaker_span[0] : d.speaker_span[1]]
                    return
        if lemma in IN_SOURCE_NOUNS:
            return  # a poll or a study not said to be someone's speaks for itself
        prev = next((p for p in reversed(done) if p.last <= s.idx), None)
        if (
            prev is not None
            and self.para_of(prev.start) >= para - 2
            and (prev.speaker or prev.anonymous)
        ):
            self._copy_speaker_only(d, prev)
            return
        lo = self.paras[max(0, para - 1)][0]
        for m in reversed(self.mentions_in(lo, s.idx)):
            if m.actor is None or m.source == "agent" or actor_kind(m.actor) == "person":
                continue
            t = self.doc[m.token]
            if (t.dep_ == "pobj" and t.head.lower_ == "by") or t.dep_ == "nsubj":
                d.speaker = dict(m.actor)
                return

    def _document_owner(self, t: Token) -> Token | None:
        """Who issued a statement or report mentioned at token t."""
        for c in t.children:
            if is_possessor(c) and c.tag_ != "PRP$":
                return c  # "the ministry's statement"
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj  # "a statement by X"
        head = t.head
        if t.dep_ in ("dobj", "nsubj") and head.pos_ == "VERB":
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > t.i:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj  # "“…,” read a statement from President Joe Biden"
        if t.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_ != "read":
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj  # "Berri issued a terse statement"
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
        if (
            t.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.head.pos_ == "VERB"
            and t.lemma_.lower() not in IN_SOURCE_NOUNS  # "In the poll, X led": X is polled
        ):
            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj  # "In a statement, the ministry said"
        return None


# Role nouns for a body that is never a state.
_NON_STATE_ROLES = {"group", "militia", "movement", "faction", "outfit", "network"}
# Roles that only some kinds of body hold: "the government" names no rebel front.
_ROLE_SECTORS = {
    "government": {"GOV"},
    "administration": {"GOV"},
    "cabinet": {"GOV"},
    "regime": {"GOV"},
    "ministry": {"GOV"},
    "army": {"MIL"},
    "military": {"MIL"},
}


# The organs that speak for a state's forces.
_MILITARY_ORGANS = {"ministry", "army", "military"}


def _fits_role(actor: dict[str, Any], role: str) -> bool:
    """Whether an actor can be what a role noun calls it (a state is its government)."""
    wanted = _ROLE_SECTORS.get(role)
    if wanted is None or actor.get("type") == "state":
        return True
    return bool(wanted & set(actor.get("sectors") or ()))
