"""Direct quotations: which quoted passages are quotes, and the cue that attributes
each one — after it ("…," he said), before it (She said: "…"), or ending the
paragraph above.
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.quotes.document import (
    Draft,
    Run,
    actor_kind,
)
from annalyst.nlp.quotes.lexicon import (
    ADJACENT_VERBS,
    ALL_MARKS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SIGNATURE_RE,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRONG_END,
)
from annalyst.nlp.quotes.transcripts import Transcripts


class DirectQuotes(Transcripts):
    """Direct quotes and their attribution."""

    def _direct(self) -> list[Draft]:
        drafts: list[Draft] = []
        for run in self.runs:
            if run.depth > 0:
                continue
            kind = self._classify(run)
            if kind in ("fragment", "word") and (self._answered(run) or self._introduced(run)):
                kind = "quote"  # “No,” he said. “Why now?” asked the minister.
            if kind == "fragment":
                self.fragments.append(run)
            if kind != "quote":
                continue
            draft = Draft(run.start, run.end, "direct", "direct", runs=[run])
            self._attribute(draft, run)
            if draft.cue is None and draft.subj is None and not self._sentence_like(run):
                self.fragments.append(run)
                continue
            drafts.append(draft)
        # quotes inside quotes: "I told Mr Grossi, ‘We are ready …’" — with a cue of their own
        outer = [(d.start, d.end) for d in drafts]
        for run in self.runs:
            if run.depth == 0 or not any(s <= run.open and run.close < e for s, e in outer):
                continue
            if self._classify(run) != "quote":
                continue
            draft = Draft(run.start, run.end, "direct", "direct", runs=[run])
            self._attribute(draft, run, nested=True)
            if draft.cue_tok is not None and draft.subj is not None:
                drafts.append(draft)
        return drafts

    def _answered(self, run: Run) -> bool:
        """A few words closed by punctuation and followed by their attribution: “No,” he said."""
        content = self.text[run.start : run.end].rstrip()
        if not content.endswith((",", "?", "!", ".")):
            return False
        probe = Draft(run.start, run.end, "direct", "direct", runs=[run])
        self._attribute(probe, run)
        return (
            probe.cue is not None
            and probe.cue[0] > run.close
            and probe.subj is not None
            and probe.cue[1] - probe.cue[0] > 1
        )

    def _introduced(self, run: Run) -> bool:
        """A few words of a sentence of their own after a speech verb and a comma or colon:
        the commissioner said, “Not going to go into that.”"""
        content = self.text[run.start : run.end].strip()
        if not content[:1].isupper() or not content.rstrip(ALL_MARKS).endswith(STRONG_END):
            return False
        before = self._frame_before(run)
        if len(before) < 2 or self.doc[before[-1]].text not in (",", ":"):
            return False
        verb = self.doc[before[-2]]
        return self._is_cue_verb(verb, ADJACENT_VERBS) and self._subject(verb) is not None

    def _frame_after(self, run: Run, limit: int = 24) -> list[int]:
        """Tokens after the closing mark, to the end of the sentence or the next quote."""
        pe = self.paras[self.para_of(run.close)][1]
        i = self.tok_after(run.close + 1)
        out: list[int] = []
        while i < self.n and len(out) < limit:
            t = self.doc[i]
            if t.idx >= pe:
                break
            if t.text[:1] in DOUBLE_OPEN + SINGLE_OPEN + '"' or t.text == "''":
                break
            out.append(i)
            if t.text in (".", "!", "?", ":"):
                break
            i += 1
        return out

    def _frame_before(self, run: Run) -> list[int]:
        """Tokens before the opening mark, back to the start of the sentence or the last quote."""
        ps = self.paras[self.para_of(run.open)][0]
        i = self.tok_index(run.open)
        if self.doc[i].idx >= run.open:
            i -= 1
        out: list[int] = []
        while i >= 0 and len(out) < 50:
            t = self.doc[i]
            if t.idx < ps or t.text in (".", "!", "?"):
                break
            if (
                t.text[-1:] in DOUBLE_CLOSE + '"' + SINGLE_CLOSE or t.text == "''"
            ) and self.quoted_at(t.idx - 1):
                break  # the previous quote: "“…,” he added, “…”"
            out.append(i)
            i -= 1
        out.reverse()
        return out

    def _cue_after_long_subject(self, run: Run) -> int | None:
        """ "“…,” Leonard Burman, director of the X Center and a professor at Y, said": a speech
        verb further on whose subject starts right after the quotation."""
        frame = self._frame_after(run, limit=70)
        words = [i for i in frame if not self.doc[i].is_punct]
        if not words:
            return None
        for i in frame:
            t = self.doc[i]
            if t.text in (".", "!", "?", ";", ":"):
                break
            if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in ADJACENT_VERBS:
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.left_edge.i <= words[0] < t.i:
                return i
        return None

    def _signature(self, draft: Draft, run: Run) -> bool:
        """ "“…” ― Karen Bobadilla": a name signed after a dash at the end of the line."""
        pe = self.paras[self.para_of(run.close)][1]
        line_end = self.text.find("\n", run.close + 1, pe)
        line = self.text[run.close + 1 : pe if line_end < 0 else line_end]
        m = SIGNATURE_RE.match(line)
        if m is None:
            return False
        base = run.close + 1
        name_start, name_end = base + m.start(2), base + m.end(2)
        first, last = self.tok_after(name_start), self.tok_index(name_end - 1)
        if first > last or not any(self.doc[k].pos_ == "PROPN" for k in range(first, last + 1)):
            return False
        root = next(
            (k for k in range(first, last + 1) if not first <= self.doc[k].head.i <= last),
            last,
        )
        draft.cue = (base + m.start(1), base + m.end(1))
        draft.subj = root
        return True

    def _dashed(self, draft: Draft, run: Run) -> bool:
        """ "Mitt Romney -- “It is disqualifying …” -- and Fred Goldberg": a quotation set off
        by dashes after the one who said it, or inside a sentence about its speaker ("treating
        the remark as a compliment -- “That makes me smart” -- and …")."""
        before = self.text[max(0, run.open - 7) : run.open].rstrip(" " + ALL_MARKS)
        after = self.text[run.close + 1 : run.close + 8].lstrip(" " + ALL_MARKS)
        dash = next((d for d in ("--", "—", "–") if before.endswith(d)), None)
        if dash is None or not after.startswith(("--", "—", "–")):
            return False
        start = self.text.rfind(dash, 0, run.open)
        at = self.tok_index(max(0, start - 1))
        while at > 0 and (self.doc[at].is_punct or self.doc[at].is_space):
            at -= 1
        t = self.doc[at]
        if t.pos_ not in ("NOUN", "PROPN") or self.para_of(t.idx) != self.para_of(run.open):
            return False
        named = self.mention_at(t.idx)
        subj: Token | None = t  # "… Mitt Romney -- “…” --"
        if not (t.pos_ == "PROPN" and named is not None and actor_kind(named.actor) == "person"):
            verb = t
            for _ in range(6):  # the clause the dashes interrupt: its subject speaks
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            subj = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.pos_ not in ("PROPN", "PRON"):
            return False
        draft.cue = (start, start + len(dash))
        draft.subj = subj.i
        return True

    def _attribute(self, draft: Draft, run: Run, nested: bool = False) -> None:
        """Find the cue of a direct quote: after it, before it, or ending the paragraph above."""
        if not nested and (self._signature(draft, run) or self._dashed(draft, run)):
            return
        text = self.text
        content = text[run.start : run.end].rstrip()
        after = self._frame_after(run)
        before = self._frame_before(run)
        if nested:
            # the cue of a quote inside a quote is inside the outer quote
            inner = self.quoted_at(run.open)
            if inner is None:
                return
            after = [i for i in after if self.doc[i].idx < inner[1]]
            before = [i for i in before if self.doc[i].idx >= inner[0]]
        ends_open = content.endswith((",", "?", "!", "—", "–", "-", "…")) or (
            bool(after) and self.doc[after[0]].text in (",", "—", "–")
        )
        cue = None
        new_sentence = content.endswith(".") or content.endswith(".”")
        if after and (
            ends_open
            or (not new_sentence and self.doc[after[0]].pos_ in ("PRON", "PROPN", "VERB", "DET"))
        ):
            skip_to_comma = False
            for k, i in enumerate(after[:18]):
                t = self.doc[i]
                if skip_to_comma:
                    skip_to_comma = t.text != ","
                    continue
                if t.lower_ in ("who", "which", "where", "when"):
                    if k == 0:
                        break  # "“…,” which were described as …": about the quote, not its source
                    skip_to_comma = True  # "“…,” Kadkhodaei, who is an adviser, continued"
                    continue
                if t.pos_ in ("CCONJ", "SCONJ") or t.lower_ == "that":
                    break
                if t.text in (".", "!", "?", ";"):
                    break
                if t.lemma_.lower() in ADJACENT_VERBS and t.pos_ in ("VERB", "AUX"):
                    rest = [self.doc[j] for j in after[k + 1 : k + 4]]
                    if rest and rest[0].dep_ == "prt":
                        rest = rest[1:]
                    colon = next((n for n, r in enumerate(rest) if r.text == ":"), None)
                    if rest and (
                        rest[0].lower_ == "that"
                        or (colon is not None and not any(r.pos_ == "VERB" for r in rest[:colon]))
                    ):
                        break  # "…, adding that …", "I tell them: …" introduce what follows
                    cue = i
                    break
        if cue is None and after and ends_open and not nested:
            cue = self._cue_after_long_subject(run)
        if cue is None and before:
            tail = text[self.doc[before[0]].idx : run.open].rstrip()
            colon = tail.endswith(":")
            for i in reversed(before):
                t = self.doc[i]
                if t.lower_ == "according" and i + 1 < self.n and self.doc[i + 1].lower_ == "to":
                    self._set_according(draft, i)
                    return
                if self._is_cue_verb(t, ADJACENT_VERBS) or (
                    t.lemma_.lower() in ADJACENT_VERBS and self._governs(t, run)
                ):
                    gap = [j for j in before if j > i and not self.doc[j].is_punct]
                    if (
                        colon
                        or self._governs(t, run)
                        or len(gap) <= 6
                        or tail.endswith((",", "that"))
                    ):
                        cue = i
                    break
            if cue is None and colon:
                c = text.rfind(":", 0, run.open)
                draft.cue = (c, c + 1)
                # "Michael Knights puts it bluntly: ‘…’": the one who puts it
                root = self.doc[self.tok_index(c)]
                for _ in range(8):
                    if root.head.i == root.i:
                        break
                    root = root.head
                subj = next((x for x in root.children if x.dep_ == "nsubj"), None)
                if subj is not None and self._usable_subject(subj, root):
                    named = [
                        m
                        for m in self.mentions_in(
                            subj.left_edge.idx, self.tok_end(subj.right_edge.i)
                        )
                        if actor_kind(m.actor) == "person"
                    ]
                    if named or subj.lower_ in ("he", "she"):
                        draft.subj = subj.i
                return
        if cue is None and not nested:
            pi = self.para_of(run.open)
            ps = self.paras[pi][0]
            if not text[ps : run.open].strip() and pi > 0:
                pps, ppe = self.paras[pi - 1]
                prev = text[pps:ppe].rstrip().rstrip(ALL_MARKS).rstrip()
                if prev.endswith(":"):
                    intro = self._intro(pps, pps + len(prev) - 1)
                    if intro is not None and intro[0] is not None:
                        if self.doc[intro[0]].lower_ == "according":
                            self._set_according(draft, intro[0])
                            return
                        cue = intro[0]
                    else:
                        c = pps + len(prev) - 1
                        draft.cue = (c, c + 1)
                        if intro is not None and intro[1] is not None:
                            draft.subj = intro[1]
                        return
        if cue is not None:
            self._set_cue(draft, cue)

    def _governs(self, verb: Token, run: Run) -> bool:
        """Whether the quote's first word hangs from the verb in the parse."""
        i = self.tok_after(run.start)
        if i >= self.n:
            return False
        t = self.doc[i]
        for _ in range(6):
            if t.i == verb.i:
                return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False
