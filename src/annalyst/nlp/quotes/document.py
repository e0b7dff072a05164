"""One document as the quote stage sees it: paragraphs, tokens by character, the actor
mentions of the actor layer, and the spans already taken by quotations; plus the draft
records the later layers fill in.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from spacy.tokens import Doc, Token

import annalyst.nlp.actors  # noqa: F401  (registers the doc extensions this stage reads)
from annalyst.knowledge.actors import normalize_alias
from annalyst.nlp.quotes.lexicon import (
    AUTHOR_PRONOUNS,
    FIRST_NAMES,
    GENDERED_NOUNS,
    HONORIFIC_GENDERS,
    HONORIFIC_HEADS,
    LATIN_RE,
    LEMMA_FIXES,
    LETTER_RE,
    PARA_RE,
)
from annalyst.nlp.tokentable import doc_text, token_table


@dataclass
class Run:
    """A pair of quotation marks: the content is text[open + 1 : close]."""

    open: int
    close: int
    single: bool
    depth: int = 0
    unterminated: bool = False
    paragraphs: int = 1

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


if TYPE_CHECKING:
    from annalyst.nlp.quotes.learned import StanceScorer


@dataclass
class Draft:
    start: int
    end: int
    type: str
    kind: str  # direct | label | block | indirect | according | frame
    act: str = "statement"  # see lexicon.ACTS
    cue: tuple[int, int] | None = None
    cue_tok: int | None = None
    subj: int | None = None  # token index of the speaker phrase's head
    source: tuple[int, int] | None = None  # label text of a transcript turn
    medium: tuple[int, int] | None = None
    reply: bool = False  # "he replied": the previous quote's addressee speaks
    opinion: bool = False  # an opinion verb: kept only when it quotes the speaker
    done: bool = False  # merged into another record
    runs: list[Run] = field(default_factory=list)
    # resolved speaker
    speaker: dict[str, Any] | None = None
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None
    anonymous: bool = False

    @property
    def last(self) -> int:
        """Where the record's words end, cue included."""
        return max(self.end, self.cue[1] if self.cue else self.end)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    actor: dict[str, Any] | None
    source: str
    token: int  # index of the mention's root token


def author_pronoun(t: Token) -> bool:
    """The writer or the reader ("I", "we", "you", "us"); never the country "US"."""
    return t.lower_ in AUTHOR_PRONOUNS and t.text != "US"


def lemma_of(t: Token) -> str:
    """A word's lemma, lower-cased, with the lemmatiser's known slips mended."""
    return LEMMA_FIXES.get(t.lower_) or t.lemma_.lower()


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", normalize_alias(text)).strip("-") or "x"


def actor_kind(actor: dict[str, Any] | None) -> str:
    return str((actor or {}).get("type") or "")


def is_possessor(t: Token) -> bool:
    """ "Iran's" in "Iran's Foreign Ministry" (the parser sometimes calls it nmod)."""
    return bool(t.dep_ == "poss" or (t.dep_ == "nmod" and any(g.tag_ == "POS" for g in t.children)))


def is_junk(m: Mention) -> bool:
    """A mention that is only an honorific ("Eminence"), which the recogniser took for a name."""
    return all(w.strip(".").lower() in HONORIFIC_HEADS | {"his", "her"} for w in m.text.split())


class Limits(Protocol):
    """The component settings the layers read."""

    min_words: int
    max_label_words: int
    stances: StanceScorer | None  # the learned reader of stances, when turned on


class QuoteDocument:
    """Character and token indexes over one document, shared by every layer."""

    def __init__(self, doc: Doc, config: Limits) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        self.config = config
        self.n = len(doc)
        self.tok_starts: list[int] = token_table(doc).idx
        self.paras = self._paragraphs()
        self.para_starts = [p[0] for p in self.paras]
        self.mentions = self._mentions()
        self.mention_starts = [m.start for m in self.mentions]
        # the gender the text's honorifics give a person ("Mr. X", "Ms. Y"), so that "she" is
        # never resolved to someone the text calls "Mr." (resolved pronouns are no evidence:
        # one wrong guess would spread)
        self.genders: dict[str, str] = self._honorific_genders()
        self.runs: list[Run] = []
        self.fragments: list[Run] = []
        self.blocks: list[tuple[int, int]] = []  # transcript turns and colon blocks
        self.accepted: list[tuple[int, int]] = []  # the words of accepted quotes
        self.spans: list[tuple[int, int]] = []  # quoted words (runs, turns, blocks)
        self.span_starts: list[int] = []
        self.span_ends: list[int] = []

    def _paragraphs(self) -> list[tuple[int, int]]:
        out = []
        pos = 0
        for m in PARA_RE.finditer(self.text):
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if pos < len(self.text):
            out.append((pos, len(self.text)))
        return out or [(0, 0)]

    def _mentions(self) -> list[Mention]:
        out = []
        for data in self.doc._.actor_mentions or []:
            try:
                start, end = int(data["start"]), int(data["end"])
            except (KeyError, TypeError, ValueError):
                continue
            if end <= start or start < 0 or end > len(self.text):
                continue
            first, last = self.tok_index(start), self.tok_index(end - 1)
            root = last
            heads = token_table(self.doc).head
            for i in range(first, last + 1):
                head = heads[i]
                if head < first or head > last:
                    root = i
                    break
            actor = data.get("actor")
            if self.doc[root].ent_type_ in ("DATE", "TIME") and str(data.get("source")) != "dict":
                continue  # "a 15 May report": a date the recogniser took for a person
            out.append(
                Mention(
                    start,
                    end,
                    str(data.get("text", "")),
                    actor if isinstance(actor, dict) else None,
                    str(data.get("source", "")),
                    root,
                )
            )
        out.sort(key=lambda m: m.start)
        return out

    def _honorific_genders(self) -> dict[str, str]:
        """The gender the text gives each person: by an honorific ("Mr. X", "Ms. Y"), then by
        a gendered noun naming them ("spokeswoman X", "his wife, Y"), then by their first
        name ("Hillary Clinton"). Resolved pronouns are never evidence."""
        strong: dict[str, str] = {}
        nouns: dict[str, str] = {}
        names: dict[str, str] = {}
        for m in self.mentions:
            if m.actor is None or actor_kind(m.actor) != "person":
                continue
            key = str(m.actor.get("id"))
            before = self.text[max(0, m.start - 6) : m.start].split()
            words = [w.lower().rstrip(".") for w in (before[-1:] + m.text.split()[:1])]
            gender = next((HONORIFIC_GENDERS[w] for w in words if w in HONORIFIC_GENDERS), None)
            if gender is not None:
                strong.setdefault(key, gender)
                continue
            noun = self._gendered_noun(m)
            if noun is not None:
                nouns.setdefault(key, noun)
            for name in (str(m.actor.get("name") or ""), m.text):
                parts = [w.lower().strip(".,") for w in name.split()]
                if len(parts) >= 2 and parts[0] in FIRST_NAMES:
                    names.setdefault(key, FIRST_NAMES[parts[0]])
                    break
        return {**names, **nouns, **strong}

    def _gendered_noun(self, m: Mention) -> str | None:
        """A noun of one gender in the mention's own phrase: "spokeswoman Jen Psaki",
        "Psaki, the spokeswoman", "his wife, Hillary"."""
        t = self.doc[m.token]
        near = [c for c in t.children if c.dep_ in ("compound", "appos") and c.i < t.i + 6]
        if t.dep_ in ("appos", "compound") and t.head.i != t.i:
            near.append(t.head)
        for w in near:
            g = GENDERED_NOUNS.get(w.lower_)
            if g is not None:
                return g
        return None

    def tok_index(self, char: int) -> int:
        """The token containing a character (or the one before it)."""
        i = bisect.bisect_right(self.tok_starts, char) - 1
        return max(0, min(i, self.n - 1))

    def tok_after(self, char: int) -> int:
        """The first token starting at or after a character."""
        return bisect.bisect_left(self.tok_starts, char)

    def tok_end(self, i: int) -> int:
        t = self.doc[i]
        return int(t.idx + len(t.text))

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def _set_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.span_starts = [s for s, _ in self.spans]
        ends: list[int] = []
        running = -1
        for _, e in self.spans:
            running = max(running, e)
            ends.append(running)
        self.span_ends = ends

    def quoted_at(self, char: int) -> tuple[int, int] | None:
        """The quoted span containing a character, if any."""
        i = bisect.bisect_right(self.span_starts, char) - 1
        while i >= 0 and self.span_ends[i] > char:
            s, e = self.spans[i]
            if s <= char < e:
                return self.spans[i]
            i -= 1
        return None

    def in_block(self, char: int) -> bool:
        """Whether a character lies in a transcript turn or a colon block."""
        return any(s <= char < e for s, e in self.blocks)

    def in_accepted(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.accepted)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_at(self, char: int) -> Mention | None:
        i = bisect.bisect_right(self.mention_starts, char) - 1
        if i >= 0 and self.mentions[i].start <= char < self.mentions[i].end:
            return self.mentions[i]
        return None

    def _tokens(self, start: int, end: int) -> list[Token]:
        i, j = self.tok_after(start), min(self.tok_after(end), self.n)
        return [self.doc[k] for k in range(i, j)]

    def _sentence_start(self, i: int) -> int:
        """Token index where the sentence of token i starts, by punctuation and paragraphs."""
        w = token_table(self.doc)
        idx, texts = w.idx, w.text
        ps = self.paras[self.para_of(idx[i])][0]
        k = i
        while k > 0:
            if idx[k - 1] < ps or texts[k - 1] in (".", "!", "?"):
                break
            k -= 1
        return k

    def _sentence_end(self, i: int) -> int:
        """Token index of the last word of the sentence of token i (before its full stop)."""
        w = token_table(self.doc)
        idx, texts = w.idx, w.text
        pe = self.paras[self.para_of(idx[i])][1]
        k = i
        while k + 1 < self.n:
            if idx[k + 1] >= pe or texts[k + 1] in (".", "!", "?"):
                break
            k += 1
        while k > i and (w.is_space[k] or w.is_punct[k]):
            k -= 1
        return k

    def _trim_end(self, start: int, end: int) -> int:
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:–—-"):
            end -= 1
        return end

    def _is_latin(self) -> bool:
        sample = self.text[:4000]
        letters = len(LETTER_RE.findall(sample))
        return letters == 0 or len(LATIN_RE.findall(sample)) >= 0.5 * letters

    def _quoting_verb(self, saying: Token) -> Token | None:
        """The "quote"/"cite" of "quoted X as saying", wherever the parser hung "as"."""
        gov = saying.head.head
        if gov.lemma_ in ("quote", "cite"):
            return gov
        start = self._sentence_start(saying.i)
        for k in range(saying.i - 1, start - 1, -1):
            if self.doc[k].lemma_ in ("quote", "cite") and self.doc[k].pos_ == "VERB":
                return self.doc[k]
        return None
