"""Quotation marks: pairing them by how they flank words, and telling quotations from
titles, names, single words and scare quotes.
"""

from __future__ import annotations

import re

from annalyst.nlp.quotes.document import (
    QuoteDocument,
    Run,
)
from annalyst.nlp.quotes.lexicon import (
    ALL_MARKS,
    CLOSE_CONTEXT,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    FINITE_TAGS,
    MARK_RE,
    OPEN_CONTEXT,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRAIGHT,
    STRONG_END,
    TERM_CUES,
    TITLE_SMALL,
)

# "…,” she said", "…,” said the mayor": an attribution right after a quotation.
_SAID = r"(?:said|says|asked|added|recalled|wrote|tweeted|shouted|exclaimed|replied|yelled)"
SAID_AFTER_RE = re.compile(
    r"[\s\u00a0]*(?:"
    r"(?:he|she|they|I|we|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}|the\s+\w+)\s+"
    + _SAID
    + r"\s*[,.;!?]"  # "…,” she said, clapping."
    + r"|"
    + _SAID
    + r"\s+(?:[A-Z]|the\s|his\s|her\s)"  # "…,” said the mayor"
    + r")"
)


class Marks(QuoteDocument):
    """Pairing quotation marks and classifying what they enclose."""

    def _pair_marks(self) -> list[Run]:
        """Pair quotation marks paragraph by paragraph."""
        text = self.text
        runs: list[Run] = []
        stack: list[tuple[int, bool]] = []  # (position, single)
        spanned: dict[int, int] = {}  # opening position -> paragraphs spanned
        marks = [(m.start(), m.group()) for m in MARK_RE.finditer(text)]
        k = 0
        for pi, (p_start, p_end) in enumerate(self.paras):
            while k < len(marks) and marks[k][0] < p_end:
                pos, ch = marks[k]
                k += 1
                if pos < p_start:
                    continue
                self._mark(pos, ch, p_start, p_end, stack, runs, spanned)
            if not stack:
                continue
            # a quote left open continues when the next paragraph reopens it
            nxt = self.paras[pi + 1][0] if pi + 1 < len(self.paras) else None
            reopen = text[nxt] if nxt is not None and nxt < len(text) else ""
            opened, single = stack[0]
            # the reopening mark is typed like the opening one: a straight mark left open in
            # one paragraph is not continued by a curly one in the next (pasted excerpts mix
            # both styles)
            straight = text[opened] in STRAIGHT
            if text.startswith("''", nxt or 0) and not single:
                reopen = '"'
            continues = (
                bool(reopen)
                and (reopen in STRAIGHT) == straight
                and (
                    (not single and (reopen in DOUBLE_OPEN or reopen == '"'))
                    or (single and (reopen in SINGLE_OPEN or reopen == "'"))
                )
            )
            if continues and nxt is not None:
                stack[:] = stack[:1]
                spanned[opened] = spanned.get(opened, 1) + 1
                while k < len(marks) and marks[k][0] <= nxt:
                    k += 1  # the reopening mark belongs to the running quote
                continue
            if not single:
                end = p_end
                while end > opened + 1 and text[end - 1].isspace():
                    end -= 1
                runs.append(
                    Run(opened, end, False, unterminated=True, paragraphs=spanned.pop(opened, 1))
                )
            stack.clear()
        runs.sort(key=lambda r: (r.open, -r.close))
        out: list[Run] = []
        outer_end = -1
        for r in runs:
            if r.close <= r.open + 1:
                continue
            r.depth = 1 if r.open < outer_end else 0
            if r.depth == 0:
                outer_end = r.close
            out.append(r)
        return out

    def _mark(
        self,
        pos: int,
        ch: str,
        p_start: int,
        p_end: int,
        stack: list[tuple[int, bool]],
        runs: list[Run],
        spanned: dict[int, int],
    ) -> None:
        text = self.text
        width = len(ch)  # 2 for a doubled apostrophe
        prev = text[pos - 1] if pos > p_start else " "
        nxt = text[pos + width] if pos + width < p_end else " "
        if width == 2:
            # the quotation lies between the two marks' inner apostrophes: it opens after
            # the second and closes before the first
            ch = '"'
            opening_pos, closing_pos = pos + 1, pos
        else:
            opening_pos = closing_pos = pos
        single = ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == "'"
        if single and prev.isalnum() and nxt.isalnum():
            return  # an apostrophe inside a word: Iraq’s, don't
        can_open = (prev in OPEN_CONTEXT or prev.isspace()) and not nxt.isspace()
        can_close = not prev.isspace() and (nxt in CLOSE_CONTEXT or nxt.isspace())
        if single and ch in "’'" and nxt.isalpha() and not can_open:
            return  # ’s after a closing mark
        if can_open and can_close:
            if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
                can_close = False
            elif ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
                can_open = False
            else:
                can_close = any(s == single for _, s in stack)
                can_open = not can_close
        if not can_open and not can_close:
            # a mark with spaces on both sides closes an open double quote
            if single or not any(not s for _, s in stack):
                return
            can_close = True
        if can_close:
            j = len(stack) - 1
            while j >= 0 and stack[j][1] != single:
                j -= 1
            if j < 0:
                if can_open:
                    stack.append((opening_pos, single))
                return  # a stray closing mark
            if single and j < len(stack) - 1:
                return  # a double quote is open inside: an apostrophe ("the Americans’ plan")
            opened = stack[j][0]
            del stack[j:]
            runs.append(Run(opened, closing_pos, single, paragraphs=spanned.pop(opened, 1)))
        elif can_open:
            stack.append((opening_pos, single))

    def _classify(self, run: Run) -> str:
        """'quote', 'fragment' (words that may make a reported clause mixed), 'word' (a single
        capitalised word) or 'term' (a title, a name, a heading)."""
        text = self.text
        content = text[run.start : run.end].strip()
        toks = [t for t in self._tokens(run.start, run.end) if not t.is_punct and not t.is_space]
        words = [t for t in toks if any(c.isalpha() for c in t.text)]
        n = len(words)
        if n == 0:
            return "term"
        strong_end = content.rstrip(ALL_MARKS + " ").endswith(STRONG_END)
        before = text[max(0, run.open - 30) : run.open].lower().split()
        term_cue = bool(before) and (
            before[-1].strip(",") in TERM_CUES
            or (len(before) >= 2 and before[-1] == "as" and before[-2] in TERM_CUES)
        )
        lowered = [w for w in words if w.text.lower() not in TITLE_SMALL]
        caps = sum(1 for w in lowered if w.text[:1].isupper())
        if n == 1 and words[0].text[:1].isupper() and not strong_end:
            return "word"  # “Israel”, ‘Caesar’ (but “No,” he said)
        if (
            n >= 2
            and lowered
            and caps >= 0.75 * len(lowered)
            and not strong_end
            and not self._said_after(run, content)
        ):
            return "term"  # a title or a name (not "“Here comes Big Daddy,” she said")
        lead = next((t for t in toks if t.pos_ not in ("ADV", "PART", "INTJ")), toks[0])
        finite = any(t.tag_ in FINITE_TAGS for t in toks) or (
            lead.tag_ == "VB" and toks[0].text[:1].isupper()
        )  # "Never trust a promise …": an imperative
        if term_cue and (n < 8 or not finite):
            return "term"
        ps, pe = self.paras[self.para_of(run.open)]
        rest = text[run.close + 1 : pe].strip(ALL_MARKS + ". ")
        head = text[ps : run.open].strip()
        if not strong_end and run.paragraphs == 1 and not rest and not run.unterminated:
            # a quoted heading, or a heading ending with a quotation: "…: ‘His path will continue’"
            if not head and n < 25:
                return "term"
            if (
                head.endswith(":")
                and len(head.split()) < 16
                and not self._paragraph_has_end(ps, pe)
            ):
                return "term"
        if (finite and n >= self.config.min_words) or (n >= 6 and strong_end):
            return "quote"
        return "fragment"

    def _said_after(self, run: Run, content: str) -> bool:
        """Words closed by a comma inside their marks and followed by "she said", "said X":
        an utterance, however capitalised."""
        if not content.rstrip(ALL_MARKS + " ").endswith(","):
            return False
        return SAID_AFTER_RE.match(self.text, run.close + 1, run.close + 60) is not None

    def _paragraph_has_end(self, ps: int, pe: int) -> bool:
        return self.text[ps:pe].rstrip().rstrip(ALL_MARKS).rstrip().endswith(STRONG_END)

    def _sentence_like(self, run: Run) -> bool:
        content = self.text[run.start : run.end].strip()
        if not content or not (content[0].isupper() or content[0].isdigit()):
            return False
        ps = self.paras[self.para_of(run.open)][0]
        before = self.text[ps : run.open].rstrip(" \t\u00a0")
        at_start = (
            not before
            or before.endswith((".", "!", "?", ":", "\n"))  # a sentence or a line begins
            or before[-1] in ALL_MARKS
        )
        return at_start and (
            content.rstrip(ALL_MARKS + " ").endswith((*STRONG_END, ",")) or run.unterminated
        )

    def _speechlike(self, run: Run) -> bool:
        """A quoted fragment of someone's words (not a name or a title)."""
        words = [w for w in self.text[run.start : run.end].split() if any(c.isalpha() for c in w)]
        if not words:
            return False
        if len(words) == 1:
            return not words[0][:1].isupper()
        lowered = [w for w in words if w.lower() not in TITLE_SMALL]
        caps = sum(1 for w in lowered if w[:1].isupper())
        return not (lowered and caps >= 0.75 * len(lowered))
