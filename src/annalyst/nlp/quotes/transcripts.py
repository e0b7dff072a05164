"""Transcripts and colon introductions: interview turns opened by a label
("Host: …", "Sajed: …"), words introduced by a cue and a colon, and the speakers the
labels name.
"""

from __future__ import annotations

import re
from typing import Any

from annalyst.knowledge.actors import normalize_alias
from annalyst.nlp.quotes.cues import Cues
from annalyst.nlp.quotes.document import (
    Draft,
    Mention,
    actor_kind,
    is_possessor,
    slug,
)
from annalyst.nlp.quotes.lexicon import (
    ADJACENT_VERBS,
    ALL_MARKS,
    COLON_VERBS,
    FINITE_TAGS,
    GENERIC_LABELS,
    IN_SOURCE_NOUNS,
    INTERVIEWER_LABELS,
    LABEL_RE,
    NOT_LABELS,
    QA_LABELS,
    SPEECH_NOUNS,
)


class Transcripts(Cues):
    """Transcript turns, colon blocks and label speakers."""

    def _labels(self) -> list[Draft]:
        """Interview and transcript turns: a label and a colon at the start of a paragraph."""
        text = self.text
        found: list[tuple[int, int, int, int]] = []  # paragraph, label end, content start, end
        counts: dict[str, int] = {}
        for pi, (ps, pe) in enumerate(self.paras):
            m = LABEL_RE.match(text, ps, pe)
            if m is None:
                continue
            label = m.group(1).strip()
            if not label or not label[0].isupper():
                continue
            words = label.split()
            content = m.end()
            only = not text[content:pe].strip()
            if len(words) > (12 if only else self.config.max_label_words):
                continue
            if {w.lower().strip(".,’'") for w in (words[0], words[-1])} & NOT_LABELS:
                continue
            if any(c in label for c in '“”"‘«»?!()[]') or not re.search(r"[^\W\d_]", label):
                continue
            found.append((pi, ps + len(m.group(1).rstrip()), content, pe))
            key = normalize_alias(label)
            counts[key] = counts.get(key, 0) + 1
        accepted: list[tuple[int, int, int, int]] = []
        for item in found:
            pi, le, _, _ = item
            ls = self.paras[pi][0]
            label = text[ls:le]
            first, last = self.tok_index(ls), self.tok_index(max(ls, le - 1))
            if any(
                self.doc[i].tag_ in FINITE_TAGS and self.doc[i].is_lower
                for i in range(first, last + 1)
            ):
                continue  # a sentence, not a label
            headline = any(
                self.doc[i].pos_ in ("VERB", "AUX") or self.doc[i].tag_ == "TO"
                for i in range(first, last + 1)
            )
            named = [
                m
                for m in self.mentions_in(ls, le)
                if m.actor is not None
                and actor_kind(m.actor) in ("person", "organization", "group")
                and m.source != "agent"  # "Refugees:" opens a section, nobody speaks
                and not (headline and str(m.actor.get("id", "")).startswith("~"))
            ]  # ("Veto Power Impedes Peace Efforts:" is a heading the recogniser took for a body)
            repeated = counts.get(normalize_alias(label), 0) >= 2
            if (
                named
                or ((repeated or label.lower() in QA_LABELS) and len(label.split()) <= 4)
                or (label.lower() in IN_SOURCE_NOUNS and text[item[2] : item[3]].strip())
            ):  # ("Poll: Clinton leads among …": the headline of a poll's findings)
                accepted.append(item)
        turns = {item[0] for item in accepted}
        drafts: list[Draft] = []
        for pi, le, cs, pe in accepted:
            ls = self.paras[pi][0]
            start = cs
            if not text[cs:pe].strip():  # "Nasrallah:" alone: the turn starts below
                if pi + 1 >= len(self.paras) or pi + 1 in turns:
                    continue
                start = self.paras[pi + 1][0]
            last = pi if text[cs:pe].strip() else pi + 1
            label_key = normalize_alias(text[ls:le])
            if counts.get(label_key, 0) >= 2 or last > pi:
                # interviews and transcripts: the turn runs to the next label
                while last + 1 < len(self.paras) and last + 1 not in turns:
                    last += 1
            end = self.paras[last][1]
            while end > start and text[end - 1].isspace():
                end -= 1
            if end - start < 2:
                continue
            colon = text.find(":", le)
            drafts.append(
                Draft(start, end, "direct", "label", cue=(colon, colon + 1), source=(ls, le))
            )
        if drafts:
            # every turn carries the medium its introduction names ("on Al Mayadeen’s
            # evening programme", "in an interview with BBC Persian")
            first = min(d.source[0] for d in drafts if d.source is not None)
            medium = self._intro_medium(first)
            for d in drafts:
                d.medium = medium
        return drafts

    def _colon_blocks(self, labels: list[Draft], direct: list[Draft]) -> list[Draft]:
        """Unquoted words introduced by a speech cue and a colon ("Khazali told the interviewer: …",
        "The following is the full text of the ministry's statement:")."""
        text = self.text
        taken = [(d.start, d.end) for d in labels + direct] + [
            (r.start, r.end) for r in self.runs if r.depth == 0
        ]
        turn_paras = {self.para_of(d.source[0]) for d in labels if d.source}
        out: list[Draft] = []
        for pi, (ps, pe) in enumerate(self.paras):
            if pi in turn_paras:
                continue
            for m in re.finditer(r":[ \t]*", text[ps:pe]):
                colon = ps + m.start()
                after = ps + m.end()
                rest = text[after:pe].strip()
                whole = not rest  # the colon ends the paragraph: the next paragraph(s)
                if not whole and (rest[0] in ALL_MARKS or len(rest.split()) < 4):
                    continue
                if any(s <= colon < e for s, e in taken):
                    continue
                intro = self._intro(ps, colon, inline=not whole)
                if intro is None:
                    continue
                cue, subj, to_end = intro
                if whole:
                    if pi + 1 >= len(self.paras) or pi + 1 in turn_paras:
                        continue
                    ns, ne = self.paras[pi + 1]
                    if text[ns] in ALL_MARKS or any(s <= ns < e for s, e in taken):
                        continue
                    start, end = ns, ne
                    if to_end:
                        last = pi + 1
                        while last + 1 < len(self.paras) and last + 1 not in turn_paras:
                            last += 1
                        end = self.paras[last][1]
                else:
                    start, end = after, pe
                d = Draft(start, end, "indirect", "block")
                if cue is None:
                    d.cue = (colon, colon + 1)
                elif self.doc[cue].lower_ == "according":
                    d.kind = "according"
                    d.cue = (self.doc[cue].idx, self.tok_end(cue + 1))
                    d.cue_tok = cue
                else:
                    self._set_cue(d, cue)
                if subj is not None:
                    d.subj = subj
                out.append(d)
                break
        return out

    def _intro(
        self, ps: int, colon: int, inline: bool = False
    ) -> tuple[int | None, int | None, bool] | None:
        """A speech cue in the sentence before a colon: (cue token, speaker token, to the end)."""
        end_i = self.tok_index(colon)
        i = end_i - 1
        sent_start = ps
        while i >= 0 and self.doc[i].idx >= ps:
            if self.doc[i].text in (".", "!", "?"):
                sent_start = self.tok_end(i)
                break
            i -= 1
        start_i = self.tok_after(sent_start)
        intro = self.text[sent_start:colon].lower()
        to_end = any(w in intro for w in ("full text", "following", "transcript", "excerpt"))
        for k in range(end_i - 1, start_i - 1, -1):
            t = self.doc[k]
            if t.lower_ == "according" and k + 1 < self.n and self.doc[k + 1].lower_ == "to":
                pobj = next((c for c in self.doc[k + 1].children if c.dep_ == "pobj"), None)
                return k, (pobj.i if pobj is not None else None), to_end
        for k in range(end_i - 1, start_i - 1, -1):
            t = self.doc[k]
            if self._is_cue_verb(t, ADJACENT_VERBS):
                gap = [self.doc[g] for g in range(k + 1, end_i) if not self.doc[g].is_punct]
                if inline and (
                    t.lemma_.lower() not in COLON_VERBS
                    or len(gap) > 4
                    or any(g.tag_ in ("VBG", "VBN") or g.lower_ == "by" for g in gap)
                ):
                    return None
                return k, None, to_end
        for k in range(end_i - 1, start_i - 1, -1):
            t = self.doc[k]
            if t.lemma_.lower() in SPEECH_NOUNS and t.dep_ in ("nsubj", "nsubjpass") and not to_end:
                # "His answer was conditional: …", "Her message to the council was blunt: …"
                owner = next((c for c in t.children if is_possessor(c)), None)
                if owner is not None:
                    return None, owner.i, False
            if (
                not inline
                and t.lemma_.lower() in SPEECH_NOUNS
                and t.dep_ == "dobj"
                and t.head.lemma_.lower()
                in ("give", "deliver", "issue", "offer", "provide", "make")
            ):
                # "Hadi al-Amiri gave a long answer: …"
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return None, subj.i, to_end
        if to_end:
            for k in range(end_i - 1, start_i - 1, -1):
                t = self.doc[k]
                if t.lemma_.lower() in (
                    "statement",
                    "text",
                    "speech",
                    "remarks",
                    "letter",
                    "message",
                ):
                    owner = next((c for c in t.children if is_possessor(c)), None)
                    if owner is None:
                        of = next(
                            (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None
                        )
                        owner = (
                            next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
                        )
                    if owner is not None:
                        return None, owner.i, True
                    return None, t.i, True
        return None

    def _resolve_label(self, d: Draft, labels: dict[str, dict[str, Any] | None]) -> None:
        assert d.source is not None
        ls, le = d.source
        label = self.text[ls:le]
        key = normalize_alias(label)
        named = [m for m in self.mentions_in(ls, le) if m.actor is not None]
        persons = [m for m in named if actor_kind(m.actor) == "person"]
        chosen = (persons or named)[-1] if (persons or named) else None
        d.speaker_span = (ls, le)
        d.speaker_text = label
        low = label.lower().rstrip(".")
        if chosen is not None:
            d.speaker = dict(chosen.actor or {})
            d.speaker_span = (chosen.start, chosen.end)
            d.speaker_text = chosen.text
        elif key in labels:
            d.speaker = labels[key]
            d.anonymous = d.speaker is None
        elif low in INTERVIEWER_LABELS:
            # "Host:", "Q:": the outlet that ran the interview, named before the first turn
            outlet = self._outlet_before(ls)
            d.speaker = dict(outlet.actor or {}) if outlet is not None else None
            d.anonymous = outlet is None
        elif low in GENERIC_LABELS or low in QA_LABELS or low in IN_SOURCE_NOUNS:
            d.anonymous = True  # "Student:", "A:", "Poll:"
            if low in IN_SOURCE_NOUNS:
                d.type = "indirect"  # what a poll found, in the headline's words
        elif (named_before := self._name_part(label, ls)) is not None:
            d.speaker = dict(named_before.actor or {})  # "Abdi:" after "Mazloum Abdi"
        else:
            # a pseudonym or a name the recogniser missed: one provisional person per label
            d.speaker = {
                "id": f"~person:{slug(label)}",
                "name": label,
                "text": label,
                "country": None,
                "sectors": [],
                "type": "person",
            }
        labels[key] = d.speaker

    def _outlet_before(self, pos: int) -> Mention | None:
        """The first news outlet named in the text before pos (an interview's introduction)."""
        for m in self.mentions_in(0, pos):
            if (
                m.actor is not None
                and actor_kind(m.actor) != "person"
                and (
                    "MED" in (m.actor.get("sectors") or [])
                    or str(m.actor.get("id", "")).startswith("media:")
                )
            ):
                return m
        return None

    def _name_part(self, label: str, pos: int) -> Mention | None:
        """A person named earlier whose name contains the label ("Abdi" in "Mazloum Abdi")."""
        key = normalize_alias(label)
        for m in self.mentions_in(0, pos):
            if m.actor is None or actor_kind(m.actor) != "person":
                continue
            parts = (
                normalize_alias(m.text).split()
                + normalize_alias(str(m.actor.get("name", ""))).split()
            )
            if key and key in parts:
                return m
        return None
