"""Quotes and reported speech: who says what, where.

The `annalyst_quotes` spaCy component runs after `annalyst_actors` and leaves on
each document `doc._.quotes`, a list of plain dicts (they cross process
boundaries with `nlp.pipe(n_process > 1)`):

    {start, end, text, type, speaker, speaker_text, speaker_start, speaker_end,
     cue, cue_start, cue_end, medium, medium_start, medium_end}

Offsets are characters of `doc.text`. `type` is ``direct`` (the words inside
quotation marks, or after a transcript label), ``indirect`` (a clause reported by
a speech verb or "according to X") or ``mixed`` (a reported clause that quotes
some of the speaker's words). `speaker` is the ACTOR dict of the actor layer or
None (anonymous sources keep their description in `speaker_text`).

How it works:

1. **Quotation marks** (straight, curly, guillemets, single and double) are paired
   by their flanking (an opening mark follows a space and precedes a word), so
   that apostrophes ("Iraq’s"), glyphs typed the wrong way round and stray marks
   do not derail the pairing. A quote runs across paragraphs when each new
   paragraph opens with a mark; quotes nested inside another quote stay part of
   the outer one.
2. **What counts as a quote**: a clause or a sentence, attributed by a speech
   cue next to it, a colon, or its place at the start of a paragraph. Single
   words, names, titles ("Title Case" without final punctuation), terms
   introduced by "so-called", "dubbed", "known as", and quoted headings are not
   quotes; short fragments inside a reported clause make that clause ``mixed``.
3. **Reported speech** comes from the dependency parse: a speech verb with a
   complement clause ("said on Monday that …", "warned that …", "told X that …",
   "accused X of …"), inverted reports ("…, the source revealed"), "according
   to X", "X was quoted as saying", colon introductions ("Khazali told the
   interviewer: …") and transcript labels at the start of a paragraph
   ("The Cradle: …", "Sajed: …", a paragraph that is only "Nasrallah:").
4. **Speakers**: the subject of the cue (climbing through "went on to say",
   "adding that", conjunctions), the object of "according to", or the label.
   Names resolve through the actor mentions; pronouns and role nouns ("he",
   "the spokesman", "His Eminence", "the statement") go to the previous quote's
   speaker unless another compatible subject was introduced since, otherwise to
   the most recent compatible actor mention (subjects first); unnamed sources
   ("a Kurdish source", "sources close to …", "US officials") are anonymous.
5. **Medium**: where it was said: "told The Cradle", "in an interview with BBC
   Farsi", "in a statement carried by al-Mayadeen", "on Twitter", "at a ceremony
   in Baghdad", "during a press conference".
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

import annalyst.nlp.actors  # noqa: F401  (registers the doc extensions this component reads)
from annalyst.knowledge.actors import normalize_alias
from annalyst.schema import Quote, actor_ref

# --------------------------------------------------------------------------- lexicons


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


# Verbs that report speech with a complement clause ("said that …", "warned …").
CLAUSE_VERBS = frozenset(
    _words(
        """say tell add state declare announce stress emphasize emphasise underline underscore
    highlight note warn affirm reaffirm assert insist argue claim allege deny reveal
    confirm explain clarify conclude mention indicate report write tweet post respond
    reply answer admit acknowledge concede suggest predict recall boast lament complain
    remark observe comment elaborate reiterate repeat caution disclose inform assure
    maintain contend speculate propose proclaim swear testify charge signal hint imply
    estimate vow pledge promise threaten urge demand recommend agree find point ask
    wonder question accuse announce brief counter retort stipulate declare disclose
    acknowledge read say emphasize stress"""
    )
)
# Verbs of opinion: reported only when the clause quotes the speaker's words.
OPINION_VERBS = frozenset(
    ["believe", "think", "hope", "fear", "expect", "feel", "consider", "view", "see"]
)
# Verbs that attribute a quotation next to them but take no clause of their own.
ADJACENT_VERBS = (
    CLAUSE_VERBS
    | OPINION_VERBS
    | frozenset(
        _words(
            """continue quip exclaim shout chant joke slam blast criticize criticise condemn
        disagree object protest interject
        denounce decry hail praise laud welcome thank describe call cite quote recount
        muse plead appeal order instruct advise address speak summarize summarise
        conclude declare"""
        )
    )
)
# Verbs after which the speaker is the previous quote's addressee ("He replied: …").
REPLY_VERBS = frozenset(["reply", "respond", "answer", "retort", "counter"])
# Nouns of what someone said: "His answer was conditional: …".
SPEECH_NOUNS = frozenset(
    _words(
        """message answer response reply verdict warning words statement position reaction
    assessment conclusion advice demand argument explanation remarks comment point"""
    )
)
# Verbs that introduce unquoted words with a colon ("Khazali told the interviewer: …").
COLON_VERBS = frozenset(
    _words(
        """say tell add state declare write tweet explain ask reply answer stress emphasize
    emphasise note warn continue conclude remark announce post insist reiterate"""
    )
)
# Auxiliaries that make a report hypothetical ("would say", "will announce", "to tell").
MODAL_AUX = frozenset(
    _words("""will would could might may should can shall must to 'd 'll wo ca""")
)
# Verbs that continue the previous speaker's turn ("he added").
CONTINUE_VERBS = frozenset(
    ["add", "continue", "go", "conclude", "reiterate", "repeat", "elaborate"]
)

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "acl", "relcl", "prep", "ccomp"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"it", "they", "them", "its", "their"})
AUTHOR_PRONOUNS = frozenset({"i", "we", "you", "me", "us", "my", "our"})
HONORIFIC_WORDS = frozenset(
    _words("mr mrs ms dr sheikh sayyed sayyid hajj haj general gen brigadier colonel major imam")
)
HONORIFIC_HEADS = frozenset({"eminence", "excellency", "holiness", "majesty", "highness"})

# Nouns naming a person by role: "the spokesman said" refers back to someone named.
PERSON_ROLES = frozenset(
    _words(
        """spokesman spokeswoman spokesperson leader chief head minister president premier
    commander official secretary envoy ambassador diplomat cleric lawmaker deputy mp
    member analyst expert adviser advisor governor mayor chairman chairwoman chair
    director editor journalist reporter correspondent professor academic activist writer
    author politician senator representative king emir prince sheikh imam ayatollah pope
    sayyed sayyid general colonel officer commentator researcher scholar host
    interviewer presenter anchor mufti patriarch bishop speaker judge prosecutor
    investigator negotiator mediator coordinator founder candidate man woman guest
    colleague comrade counterpart successor predecessor rival
    cardinal chancellor prime vice deputy figure militant fighter veteran resident
    witness insider aide"""
    )
)
# Nouns of unnamed sources: "a source", "officials", "sources close to …".
ANONYMOUS_NOUNS = frozenset(
    _words(
        """source official insider diplomat analyst observer expert witness resident person
    people someone aide figure officer member commander activist journalist reporter
    spokesman spokesperson spokeswoman lawmaker politician militant fighter negotiator
    authority investigator researcher one individual staffer employee worker mp mps
    legislator parliamentarian deputy representative diplomats mediator"""
    )
)
INDEFINITE_DETS = frozenset(
    _words("""a an some several many other another two three few numerous various one certain""")
)
# Nouns for groups and bodies: "the committee said", "the movement warned".
GROUP_ROLES = frozenset(
    _words(
        """committee ministry movement group party organization organisation government council
    army military office agency faction brigade brigades alliance coalition bloc front
    union authority authorities administration department embassy mission company firm
    channel network outlet newspaper daily website station force forces corps militia
    regime cabinet television tv radio media press broadcaster agency parliament
    presidency court judiciary bureau center centre institute observatory monitor team
    unit body board"""
    )
)
# Nouns whose "that" clause a speech verb reports: "denied claims that …".
CLAIM_NOUNS = frozenset(
    _words(
        """claim report allegation accusation rumour rumor suggestion charge assertion
    speculation"""
    )
)
# Nouns of documents that "say" or "read": the issuer is the speaker.
DOCUMENT_NOUNS = frozenset(
    _words(
        """statement report communique communiqué release letter paper study article text
    message post tweet declaration announcement document memo note video footage survey
    poll notice bulletin analysis assessment"""
    )
)
# "according to …" objects that are data, not speakers.
NOT_SOURCES = frozenset(
    _words(
        """poll survey data figure figures statistic statistics estimate estimates law
    constitution agreement rule rules plan terminology tradition custom schedule
    timetable calendar definition logic principle principles standard standards map
    census count tally record records study"""
    )
)
# Words just before a quotation mark that make it a term, not a quote.
TERM_CUES = frozenset(
    _words(
        """so-called dubbed called named known termed term phrase word words slogan entitled
    titled labelled labeled nicknamed branded headlined hashtag codenamed code-named
    designated styled"""
    )
)
# Labels at the start of a paragraph that do not name a speaker.
NOT_LABELS = frozenset(
    _words(
        """video photo photos image images source sources read related note update updated
    editor watch listen credit credits caption disclaimer translation see also tags tag
    category share follow subscribe warning breaking exclusive opinion analysis by
    published posted date time location link links comments reference references
    keywords summary conclusion introduction background file map chart table figure step
    part chapter section episode"""
    )
)
QA_LABELS = frozenset({"q", "a", "question", "answer", "interviewer", "host", "moderator"})
# Labels of the one asking the questions: the outlet that ran the interview.
INTERVIEWER_LABELS = frozenset(
    _words("""q question interviewer host presenter anchor moderator journalist reporter""")
)
# Labels of unnamed people taking part: anonymous speakers.
GENERIC_LABELS = frozenset(
    _words(
        """student caller listener viewer participant questioner audience voice man woman
    protester resident citizen soldier doctor teacher worker member official source
    guest speaker"""
    )
)
# Nouns of settings and channels: "in an interview with …", "at a ceremony", "on Twitter".
MEDIUM_NOUNS = frozenset(
    _words(
        """interview statement speech address conference ceremony meeting rally event session
    briefing tweet post twitter telegram facebook instagram youtube x television tv
    channel broadcast programme program show remarks remark message letter article op-ed
    column sermon gathering summit forum conversation call podcast video website page
    account newspaper daily agency outlet network radio station communique communiqué
    release parliament hearing debate funeral commemoration memorial celebration comment
    festival visit talk talks encounter dialogue discussion tv-interview sidelines
    margins platform channel blog editorial broadcast appearance report announcement
    declaration"""
    )
)
MEDIUM_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "over", "to", "with"})
SPEAK_VERBS = frozenset(["speak", "talk", "write", "address", "appear", "comment"])
MEDIA_ADDRESSEES = frozenset(
    _words(
        """newspaper agency channel network outlet television tv radio broadcaster daily
        website"""
    )
)

# Bodies addressed as forums: "told the Senate Appropriations Committee".
FORUMS = frozenset(
    _words(
        """committee council assembly parliament congress senate conference session summit
        meeting forum panel hearing"""
    )
)
# Settings of an interview or a transcript.
INTERVIEW_NOUNS = frozenset(_words("interview programme show broadcast podcast conversation"))
_RELAY_VERBS = frozenset(_words("carry broadcast publish read air post release issue run"))
_DOUBLE_OPEN = "“„«\u201f"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹\u201b"
_SINGLE_CLOSE = "’›"
_STRAIGHT = "\"'"
_ALL_MARKS = _DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE + _STRAIGHT
_MARK_RE = re.compile(f"[{re.escape(_ALL_MARKS)}]")
_OPEN_CONTEXT = set(" \t\n\r\u00a0([{<—–-/:;") | set(_ALL_MARKS)
_CLOSE_CONTEXT = set(" \t\n\r\u00a0)]}>.,;:!?…—–-/") | set(_ALL_MARKS)
_PARA_RE = re.compile(r"\n[ \t\u00a0]*\n\s*")
_STRONG_END = tuple(".!?…")
_TITLE_SMALL = frozenset(
    _words("""a an the of in on to for and or at by with from as is vs via nor but into over""")
)
_LABEL_RE = re.compile(r"([^\n:]{1,120}?)[ \t]*:(?:[ \t]+|$)")
_LATIN_RE = re.compile(r"[A-Za-z]")
_SUBORDINATORS = frozenset(
    _words("""as when where while because although though after before since until once unless""")
)
_LETTER_RE = re.compile(r"[^\W\d_]")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation or reported statement (character offsets into doc.text)."""

    start: int
    end: int
    text: str
    type: str  # direct | indirect | mixed
    speaker: dict[str, Any] | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    medium: str | None
    medium_start: int | None = None
    medium_end: int | None = None


def resolved_quotes(doc: Doc) -> list[QuoteSpan]:
    """The quotes the `annalyst_quotes` component left on a document."""
    return [QuoteSpan(**data) for data in doc._.quotes or []]


def quote_id(article_id: str, start: int, end: int) -> str:
    """Stable id of a quote: the same article and offsets always give the same id."""
    digest = hashlib.sha1(f"{article_id}\x1f{start}\x1f{end}".encode()).hexdigest()
    return f"q{digest[:16]}"


def quote_records(article_id: str, doc: Doc) -> list[Quote]:
    """The `quote` records of one processed article."""
    return [
        Quote(
            id=quote_id(article_id, q.start, q.end),
            article_id=article_id,
            text=q.text,
            start=q.start,
            end=q.end,
            type=q.type,  # type: ignore[arg-type]
            speaker=actor_ref(q.speaker) if q.speaker else None,
            speaker_text=q.speaker_text,
            cue=q.cue,
            medium=q.medium,
        )
        for q in resolved_quotes(doc)
    ]


# --------------------------------------------------------------------------- internals


@dataclass
class _Run:
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


@dataclass
class _Draft:
    start: int
    end: int
    type: str
    kind: str  # direct | label | block | indirect | according
    cue: tuple[int, int] | None = None
    cue_tok: int | None = None
    subj: int | None = None  # token index of the speaker phrase's head
    source: tuple[int, int] | None = None  # label text of a transcript turn
    medium: tuple[int, int] | None = None
    reply: bool = False  # "he replied": the previous quote's addressee speaks
    opinion: bool = False  # an opinion verb: kept only when it quotes the speaker
    done: bool = False  # merged into another record
    runs: list[_Run] = field(default_factory=list)
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
class _Mention:
    start: int
    end: int
    text: str
    actor: dict[str, Any] | None
    source: str
    token: int  # index of the mention's root token


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", normalize_alias(text)).strip("-") or "x"


def _kind(actor: dict[str, Any] | None) -> str:
    return str((actor or {}).get("type") or "")


def _possessor(t: Token) -> bool:
    """ "Iran's" in "Iran's Foreign Ministry" (the parser sometimes calls it nmod)."""
    return bool(t.dep_ == "poss" or (t.dep_ == "nmod" and any(g.tag_ == "POS" for g in t.children)))


def _junk(m: _Mention) -> bool:
    """A mention that is only an honorific ("Eminence"), which the recogniser took for a name."""
    return all(w.strip(".").lower() in HONORIFIC_HEADS | {"his", "her"} for w in m.text.split())


class QuoteExtractor:
    """The `annalyst_quotes` spaCy component."""

    def __init__(self, min_words: int = 3, max_label_words: int = 8) -> None:
        self.min_words = min_words
        self.max_label_words = max_label_words

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = [asdict(q) for q in self.extract(doc)]
        return doc

    def extract(self, doc: Doc) -> list[QuoteSpan]:
        return _Extraction(doc, self).run()


class _Extraction:
    """The work on one document."""

    def __init__(self, doc: Doc, config: QuoteExtractor) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.config = config
        self.n = len(doc)
        self.tok_starts: list[int] = [t.idx for t in doc]
        self.paras = self._paragraphs()
        self.para_starts = [p[0] for p in self.paras]
        self.mentions = self._mentions()
        self.mention_starts = [m.start for m in self.mentions]
        self.runs: list[_Run] = []
        self.fragments: list[_Run] = []
        self.blocks: list[tuple[int, int]] = []  # transcript turns and colon blocks
        self.accepted: list[tuple[int, int]] = []  # the words of accepted quotes
        self.spans: list[tuple[int, int]] = []  # quoted words (runs, turns, blocks)
        self.span_starts: list[int] = []
        self.span_ends: list[int] = []

    # ------------------------------------------------------------------ setup

    def _paragraphs(self) -> list[tuple[int, int]]:
        out = []
        pos = 0
        for m in _PARA_RE.finditer(self.text):
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if pos < len(self.text):
            out.append((pos, len(self.text)))
        return out or [(0, 0)]

    def _mentions(self) -> list[_Mention]:
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
            for i in range(first, last + 1):
                head = self.doc[i].head.i
                if head < first or head > last:
                    root = i
                    break
            actor = data.get("actor")
            if self.doc[root].ent_type_ in ("DATE", "TIME") and str(data.get("source")) != "dict":
                continue  # "a 15 May report": a date the recogniser took for a person
            out.append(
                _Mention(
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

    def in_accepted(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.accepted)

    def mentions_in(self, start: int, end: int) -> list[_Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_at(self, char: int) -> _Mention | None:
        i = bisect.bisect_right(self.mention_starts, char) - 1
        if i >= 0 and self.mentions[i].start <= char < self.mentions[i].end:
            return self.mentions[i]
        return None

    # ------------------------------------------------------------------ main

    def run(self) -> list[QuoteSpan]:
        if self.n == 0 or not self._is_latin():
            return []
        labels = self._labels()
        self.runs = self._pair_marks()
        self._set_spans([(r.start, r.end) for r in self.runs if r.depth == 0])
        direct = self._direct()
        blocks = self._colon_blocks(labels, direct)
        self._set_spans(
            [(r.start, r.end) for r in self.runs if r.depth == 0]
            + [(d.start, d.end) for d in labels + blocks]
        )
        drafts = labels + direct + blocks
        self.blocks = [(d.start, d.end) for d in labels + blocks]
        self.accepted = [(d.start, d.end) for d in drafts]
        drafts = self._indirect(drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        self._resolve(drafts)
        return [self._finish(d) for d in drafts]

    def _is_latin(self) -> bool:
        sample = self.text[:4000]
        letters = len(_LETTER_RE.findall(sample))
        return letters == 0 or len(_LATIN_RE.findall(sample)) >= 0.5 * letters

    # ------------------------------------------------------------------ marks

    def _pair_marks(self) -> list[_Run]:
        """Pair quotation marks paragraph by paragraph."""
        text = self.text
        runs: list[_Run] = []
        stack: list[tuple[int, bool]] = []  # (position, single)
        spanned: dict[int, int] = {}  # opening position -> paragraphs spanned
        marks = [(m.start(), m.group()) for m in _MARK_RE.finditer(text)]
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
            continues = bool(reopen) and (
                (not single and (reopen in _DOUBLE_OPEN or reopen == '"'))
                or (single and (reopen in _SINGLE_OPEN or reopen == "'"))
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
                    _Run(opened, end, False, unterminated=True, paragraphs=spanned.pop(opened, 1))
                )
            stack.clear()
        runs.sort(key=lambda r: (r.open, -r.close))
        out: list[_Run] = []
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
        runs: list[_Run],
        spanned: dict[int, int],
    ) -> None:
        text = self.text
        prev = text[pos - 1] if pos > p_start else " "
        nxt = text[pos + 1] if pos + 1 < p_end else " "
        single = ch in _SINGLE_OPEN or ch in _SINGLE_CLOSE or ch == "'"
        if single and prev.isalnum() and nxt.isalnum():
            return  # an apostrophe inside a word: Iraq’s, don't
        can_open = (prev in _OPEN_CONTEXT or prev.isspace()) and not nxt.isspace()
        can_close = not prev.isspace() and (nxt in _CLOSE_CONTEXT or nxt.isspace())
        if single and ch in "’'" and nxt.isalpha() and not can_open:
            return  # ’s after a closing mark
        if can_open and can_close:
            if ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
                can_close = False
            elif ch in _DOUBLE_CLOSE or ch in _SINGLE_CLOSE:
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
                    stack.append((pos, single))
                return  # a stray closing mark
            if single and j < len(stack) - 1:
                return  # a double quote is open inside: an apostrophe ("the Americans’ plan")
            opened = stack[j][0]
            del stack[j:]
            runs.append(_Run(opened, pos, single, paragraphs=spanned.pop(opened, 1)))
        elif can_open:
            stack.append((pos, single))

    # ------------------------------------------------------------------ transcripts

    def _labels(self) -> list[_Draft]:
        """Interview and transcript turns: a label and a colon at the start of a paragraph."""
        text = self.text
        found: list[tuple[int, int, int, int]] = []  # paragraph, label end, content start, end
        counts: dict[str, int] = {}
        for pi, (ps, pe) in enumerate(self.paras):
            m = _LABEL_RE.match(text, ps, pe)
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
            named = [
                m
                for m in self.mentions_in(ls, le)
                if m.actor is not None and _kind(m.actor) in ("person", "organization", "group")
            ]
            repeated = counts.get(normalize_alias(label), 0) >= 2
            if named or ((repeated or label.lower() in QA_LABELS) and len(label.split()) <= 4):
                accepted.append(item)
        turns = {item[0] for item in accepted}
        drafts: list[_Draft] = []
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
                _Draft(start, end, "direct", "label", cue=(colon, colon + 1), source=(ls, le))
            )
        if drafts:
            # every turn carries the medium its introduction names ("on Al Mayadeen’s
            # evening programme", "in an interview with BBC Persian")
            first = min(d.source[0] for d in drafts if d.source is not None)
            medium = self._intro_medium(first)
            for d in drafts:
                d.medium = medium
        return drafts

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

    def _colon_blocks(self, labels: list[_Draft], direct: list[_Draft]) -> list[_Draft]:
        """Unquoted words introduced by a speech cue and a colon ("Khazali told the interviewer: …",
        "The following is the full text of the ministry's statement:")."""
        text = self.text
        taken = [(d.start, d.end) for d in labels + direct] + [
            (r.start, r.end) for r in self.runs if r.depth == 0
        ]
        turn_paras = {self.para_of(d.source[0]) for d in labels if d.source}
        out: list[_Draft] = []
        for pi, (ps, pe) in enumerate(self.paras):
            if pi in turn_paras:
                continue
            for m in re.finditer(r":[ \t]*", text[ps:pe]):
                colon = ps + m.start()
                after = ps + m.end()
                rest = text[after:pe].strip()
                whole = not rest  # the colon ends the paragraph: the next paragraph(s)
                if not whole and (rest[0] in _ALL_MARKS or len(rest.split()) < 4):
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
                    if text[ns] in _ALL_MARKS or any(s <= ns < e for s, e in taken):
                        continue
                    start, end = ns, ne
                    if to_end:
                        last = pi + 1
                        while last + 1 < len(self.paras) and last + 1 not in turn_paras:
                            last += 1
                        end = self.paras[last][1]
                else:
                    start, end = after, pe
                d = _Draft(start, end, "indirect", "block")
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
                owner = next((c for c in t.children if _possessor(c)), None)
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
                    owner = next((c for c in t.children if _possessor(c)), None)
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

    def _is_cue_verb(self, t: Token, lexicon: frozenset[str]) -> bool:
        """A speech verb that reports (not one inside a relative clause or an adjective)."""
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in lexicon:
            return False
        if t.dep_ in ("relcl", "acl", "amod", "compound", "csubj"):
            return False
        return not (t.tag_ == "VBN" and not any(c.dep_ == "aux" for c in t.children))

    # ------------------------------------------------------------------ direct quotes

    def _tokens(self, start: int, end: int) -> list[Token]:
        i, j = self.tok_after(start), min(self.tok_after(end), self.n)
        return [self.doc[k] for k in range(i, j)]

    def _classify(self, run: _Run) -> str:
        """'quote', 'fragment' (words that may make a reported clause mixed), 'word' (a single
        capitalised word) or 'term' (a title, a name, a heading)."""
        text = self.text
        content = text[run.start : run.end].strip()
        toks = [t for t in self._tokens(run.start, run.end) if not t.is_punct and not t.is_space]
        words = [t for t in toks if any(c.isalpha() for c in t.text)]
        n = len(words)
        if n == 0:
            return "term"
        strong_end = content.rstrip(_ALL_MARKS + " ").endswith(_STRONG_END)
        before = text[max(0, run.open - 30) : run.open].lower().split()
        term_cue = bool(before) and (
            before[-1].strip(",") in TERM_CUES
            or (len(before) >= 2 and before[-1] == "as" and before[-2] in TERM_CUES)
        )
        lowered = [w for w in words if w.text.lower() not in _TITLE_SMALL]
        caps = sum(1 for w in lowered if w.text[:1].isupper())
        if n == 1 and words[0].text[:1].isupper() and not strong_end:
            return "word"  # “Israel”, ‘Caesar’ (but “No,” he said)
        if n >= 2 and lowered and caps >= 0.75 * len(lowered) and not strong_end:
            return "term"  # a title or a name
        lead = next((t for t in toks if t.pos_ not in ("ADV", "PART", "INTJ")), toks[0])
        finite = any(t.tag_ in FINITE_TAGS for t in toks) or (
            lead.tag_ == "VB" and toks[0].text[:1].isupper()
        )  # "Never trust a promise …": an imperative
        if term_cue and (n < 8 or not finite):
            return "term"
        ps, pe = self.paras[self.para_of(run.open)]
        rest = text[run.close + 1 : pe].strip(_ALL_MARKS + ". ")
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

    def _answered(self, run: _Run) -> bool:
        """A few words closed by punctuation and followed by their attribution: “No,” he said."""
        content = self.text[run.start : run.end].rstrip()
        if not content.endswith((",", "?", "!", ".")):
            return False
        probe = _Draft(run.start, run.end, "direct", "direct", runs=[run])
        self._attribute(probe, run)
        return (
            probe.cue is not None
            and probe.cue[0] > run.close
            and probe.subj is not None
            and probe.cue[1] - probe.cue[0] > 1
        )

    def _paragraph_has_end(self, ps: int, pe: int) -> bool:
        return self.text[ps:pe].rstrip().rstrip(_ALL_MARKS).rstrip().endswith(_STRONG_END)

    def _direct(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        for run in self.runs:
            if run.depth > 0:
                continue
            kind = self._classify(run)
            if kind in ("fragment", "word") and self._answered(run):
                kind = "quote"  # “No,” he said. “Why now?” asked the minister.
            if kind == "fragment":
                self.fragments.append(run)
            if kind != "quote":
                continue
            draft = _Draft(run.start, run.end, "direct", "direct", runs=[run])
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
            draft = _Draft(run.start, run.end, "direct", "direct", runs=[run])
            self._attribute(draft, run, nested=True)
            if draft.cue_tok is not None and draft.subj is not None:
                drafts.append(draft)
        return drafts

    def _sentence_like(self, run: _Run) -> bool:
        content = self.text[run.start : run.end].strip()
        if not content or not (content[0].isupper() or content[0].isdigit()):
            return False
        ps = self.paras[self.para_of(run.open)][0]
        before = self.text[ps : run.open].rstrip()
        at_start = not before or before.endswith((".", "!", "?", ":")) or before[-1] in _ALL_MARKS
        return at_start and (
            content.rstrip(_ALL_MARKS + " ").endswith((*_STRONG_END, ",")) or run.unterminated
        )

    def _frame_after(self, run: _Run) -> list[int]:
        """Tokens after the closing mark, to the end of the sentence or the next quote."""
        pe = self.paras[self.para_of(run.close)][1]
        i = self.tok_after(run.close + 1)
        out: list[int] = []
        while i < self.n and len(out) < 24:
            t = self.doc[i]
            if t.idx >= pe:
                break
            if t.text[:1] in _DOUBLE_OPEN + _SINGLE_OPEN + '"':
                break
            out.append(i)
            if t.text in (".", "!", "?", ":"):
                break
            i += 1
        return out

    def _frame_before(self, run: _Run) -> list[int]:
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
            if t.text[-1:] in _DOUBLE_CLOSE + '"' + _SINGLE_CLOSE and self.quoted_at(t.idx - 1):
                break  # the previous quote: "“…,” he added, “…”"
            out.append(i)
            i -= 1
        out.reverse()
        return out

    def _attribute(self, draft: _Draft, run: _Run, nested: bool = False) -> None:
        """Find the cue of a direct quote: after it, before it, or ending the paragraph above."""
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
                        if _kind(m.actor) == "person"
                    ]
                    if named or subj.lower_ in ("he", "she"):
                        draft.subj = subj.i
                return
        if cue is None and not nested:
            pi = self.para_of(run.open)
            ps = self.paras[pi][0]
            if not text[ps : run.open].strip() and pi > 0:
                pps, ppe = self.paras[pi - 1]
                prev = text[pps:ppe].rstrip().rstrip(_ALL_MARKS).rstrip()
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

    def _set_according(self, draft: _Draft, i: int) -> None:
        draft.kind = "according"
        draft.cue = (self.doc[i].idx, self.tok_end(i + 1))
        draft.cue_tok = i
        pobj = next((c for c in self.doc[i + 1].children if c.dep_ == "pobj"), None)
        draft.subj = pobj.i if pobj is not None else None

    def _governs(self, verb: Token, run: _Run) -> bool:
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

    def _set_cue(self, draft: _Draft, i: int) -> None:
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

    # ------------------------------------------------------------------ subjects

    def _usable_subject(self, s: Token, verb: Token) -> bool:
        if self.para_of(s.idx) != self.para_of(verb.idx):
            return False  # the parser joined a heading to the sentence
        if s.text in _ALL_MARKS or s.is_punct:
            return False
        return self.quoted_at(s.idx) is None or self.quoted_at(s.idx) == self.quoted_at(verb.idx)

    def _subject(self, verb: Token) -> Token | None:
        """The speaker of a cue verb: its subject, climbing through participles and conjunctions."""
        v = verb
        through_adjective = False
        for _ in range(5):
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
            subjects = [s for s in subjects if self._usable_subject(s, verb)]
            if subjects:
                s = subjects[0]
                if len(subjects) > 1:
                    # "the group’s spokesman Jafar al-Husseini warned": the parser's two subjects;
                    # one after the verb is the subject of the report ("said Iran was …")
                    left = [x for x in subjects if x.i < v.i] or [
                        min(subjects, key=lambda x: x.i)
                    ]  # "says the source – a reference to … Muhandes": the nearest
                    named = [(x, self.mention_at(x.idx)) for x in left]
                    persons = [x for x, m in named if m is not None and _kind(m.actor) == "person"]
                    s = (persons or [x for x, m in named if m is not None] or left)[0]
                if s.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                    return v.head
                if s.lower_ == "it" and through_adjective:
                    return None  # "it is important to note that"
                return s
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                break  # a subject the parser put out of reach (another paragraph, a quote)
            if (
                v.dep_ == "conj"
                and v.lemma_.lower() in CLAUSE_VERBS
                and v.head.lemma_.lower() not in CLAUSE_VERBS | OPINION_VERBS
            ):
                # "stressed that X had been … and denied that …": the parser hung the second
                # verb inside the first report; its subject is the first verb's
                anc = v.head
                for _ in range(4):
                    if anc.dep_ == "ccomp" or anc.head.i == anc.i:
                        break
                    anc = anc.head
                if anc.dep_ == "ccomp" and anc.head.lemma_.lower() in CLAUSE_VERBS:
                    v = anc.head
                    continue
            if v.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep") and v.head.i != v.i:
                if v.dep_ == "xcomp" and v.head.pos_ == "ADJ":
                    through_adjective = True
                v = v.head
                continue
            if v.dep_ == "ccomp" and (
                v.head.lemma_.lower() in ("go", "begin", "continue")
                or (self.quoted_at(v.idx) is not None and self.quoted_at(verb.idx) is None)
            ):
                v = v.head  # "“…,” adding": the parser hung the cue inside the quote
                continue
            if v.dep_ == "acomp" and v.head.i != v.i:
                through_adjective = True
                v = v.head
                continue
            break
        return self._subject_fallback(v if self.quoted_at(v.idx) is None else verb)

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

    def _subject_fallback(self, verb: Token) -> Token | None:
        """A subject the parser missed: "…, a senior source, speaking to X, has revealed",
        "“…,” says the source"."""
        para = self.para_of(verb.idx)
        # inverted: the noun phrase right after the verb
        j = verb.i + 1
        while j < self.n and self.doc[j].pos_ in ("ADV", "PART") and j < verb.i + 3:
            j += 1
        closers = _DOUBLE_CLOSE + _SINGLE_CLOSE + "\"'"
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
            if t.text in (".", "!", "?", ":", ";") or t.text in _ALL_MARKS:
                return None
            if t.dep_ in ("aux", "auxpass", "neg", "advmod") or t.pos_ in ("AUX", "ADV", "PART"):
                i -= 1
                continue
            if t.text == ",":
                j = i - 1
                while j >= 0 and self.doc[j].text not in (",", ".", ":", ";") and i - j < 12:
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
                ):
                    head = head.head  # "Aamar Kazmi, an activist, told …": the name
                return head
            return None
        return None

    # ------------------------------------------------------------------ medium

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
            elif dep == "acl" and c.lemma_.lower() in _RELAY_VERBS:
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
        if m is None or m.actor is None or m.source == "agent" or _kind(m.actor) == "person":
            return False  # "told reporters": an audience, not a medium
        return "MED" in (m.actor.get("sectors") or []) or str(m.actor.get("id", "")).startswith(
            "media:"
        )

    # ------------------------------------------------------------------ reported speech

    def _indirect(self, drafts: list[_Draft]) -> list[_Draft]:
        doc = self.doc
        found: list[_Draft] = []
        for t in doc:
            if t.lower_ == "according":
                if t.i + 1 < self.n and doc[t.i + 1].lower_ == "to":
                    d = self._according(t)
                    if d is not None:
                        found.append(d)
                continue
            low = t.lemma_.lower()
            if low not in CLAUSE_VERBS and low not in OPINION_VERBS:
                continue
            if t.pos_ not in ("VERB", "AUX"):
                continue
            if self.quoted_at(t.idx) is not None and not self.in_accepted(t.idx):
                continue  # inside a scare quote or a title
            if low == "ask" and t.tag_ == "VBN":
                continue  # "Asked whether …, Khazali said": the question is not his statement
            if t.dep_ in ("amod", "compound", "acl") or (
                any(c.dep_ == "auxpass" for c in t.children) and t.dep_ != "pcomp"
            ):
                continue
            d = self._reported(t, low)
            if d is not None:
                found.append(d)
        quotes = [d for d in drafts if d.kind in ("direct", "according") and d.runs]
        found.sort(key=lambda d: (d.start, -d.end))
        kept: list[_Draft] = []
        for d in found:
            if any(k.start <= d.start and d.end <= k.end for k in kept):
                continue  # inside a reported clause kept already ("said that X claimed …")
            if self._merge(d, quotes):
                continue
            if d.opinion and d.type != "mixed":
                continue
            if len(self.text[d.start : d.end].split()) < 3:
                continue
            kept.append(d)
        return [d for d in drafts if not d.done] + kept

    def _merge(self, d: _Draft, quotes: list[_Draft]) -> bool:
        """Reported clause meets direct quotes. True when the clause is dropped."""
        cue = d.cue[0] if d.cue else d.start
        inner = [
            q
            for q in quotes
            if q.start < d.end + 3 and d.start < q.end and not q.done and not q.start <= cue < q.end
        ]
        # a quotation continuing the clause: "…that X, “and was neither …”"
        for q in quotes:
            if (
                q.done
                or q in inner
                or q.kind != "direct"
                or q.cue is not None
                or q.start <= cue < q.end
            ):
                continue
            gap = self.text[d.end : q.start - 1]
            words = self.text[q.start : q.end].lstrip()
            if 0 <= q.start - d.end <= 4 and gap.strip(" ,") == "" and words[:1].islower():
                inner.append(q)
        if inner:
            covered = sum(min(q.end, d.end) - max(q.start, d.start) for q in inner)
            length = max(1, len(self.text[d.start : d.end].strip()))
            first = min(q.start for q in inner)
            lead = self.text[d.start : first].strip(" ,:" + _ALL_MARKS).lower()
            if covered >= 0.8 * length and lead in ("", "that"):
                # the whole clause is quoted: a direct quote with this cue
                for q in inner:
                    if q.cue is None or (q.cue == (q.cue[0], q.cue[0] + 1) and q.subj is None):
                        q.cue, q.cue_tok, q.subj, q.kind = d.cue, d.cue_tok, d.subj, d.kind
                        q.medium = q.medium or d.medium
                        q.reply = d.reply
                return True
            if all(d.start - 3 <= q.start and q.end <= d.end + 3 for q in inner) or all(
                q.start >= d.start for q in inner
            ):
                for q in inner:
                    q.done = True
                d.start = min([d.start] + [q.start for q in inner])
                d.end = max([d.end] + [q.end for q in inner])
                d.type = "mixed"
                return False
            if first <= d.start + 10:
                return True
            d.end = self._trim_end(d.start, first - 1)
            return False
        if any(
            d.start <= f.start and f.end <= d.end + 2 and self._speechlike(f)
            for f in self.fragments
        ):
            d.type = "mixed"
            d.end = max([d.end] + [f.end for f in self.fragments if d.start <= f.start < d.end])
        return False

    def _speechlike(self, run: _Run) -> bool:
        """A quoted fragment of someone's words (not a name or a title)."""
        words = [w for w in self.text[run.start : run.end].split() if any(c.isalpha() for c in w)]
        if not words:
            return False
        if len(words) == 1:
            return not words[0][:1].isupper()
        lowered = [w for w in words if w.lower() not in _TITLE_SMALL]
        caps = sum(1 for w in lowered if w[:1].isupper())
        return not (lowered and caps >= 0.75 * len(lowered))

    def _plausible_speaker(self, s: Token) -> bool:
        low, lemma = s.lower_, s.lemma_.lower()
        if low == "one" and not any(c.dep_ == "prep" for c in s.children):
            return False  # "one wonders", "one might say"
        if low in AUTHOR_PRONOUNS or low in (
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
        if self.mention_at(s.idx) is not None or s.pos_ == "PROPN":
            return True
        if lemma in PERSON_ROLES or lemma in ANONYMOUS_NOUNS or lemma in GROUP_ROLES:
            return True
        if lemma in DOCUMENT_NOUNS:
            return True
        return any(
            m.actor is not None for m in self.mentions_in(s.left_edge.idx, self.tok_end(s.i))
        )

    def _reported(self, verb: Token, low: str) -> _Draft | None:
        doc = self.doc
        if low == "accuse":
            # "accused X (at a news conference) of …": the first "of" of the verb's phrase
            prep = None
            for k in range(verb.i + 1, min(self.n, verb.i + 25)):
                t = doc[k]
                if t.text in (".", ";", ":") or (t.pos_ == "VERB" and t.dep_ in ("conj", "ROOT")):
                    break
                if t.lower_ == "of" and any(a.i == verb.i for a in t.ancestors):
                    prep = t
                    break
            if prep is None or prep.i + 1 > prep.right_edge.i:
                return None
            # the accusation: what follows "accused X of"
            start_i, end_i = prep.i + 1, prep.right_edge.i
        else:
            span = self._complement(verb)
            if span is None:
                return None
            start_i, end_i = span
        subj = self._subject(verb)
        if subj is None or not self._plausible_speaker(subj) or self._hypothetical(verb):
            return None
        if low == "find" and subj.lemma_.lower() not in DOCUMENT_NOUNS and not self._is_media(subj):
            return None  # "the Americans found out that …" is not a report; "the report found" is
        while end_i > start_i and (
            (doc[end_i].is_punct and doc[end_i].text not in _ALL_MARKS)
            or doc[end_i].pos_ in ("CCONJ", "SCONJ")
            or doc[end_i].text in _DOUBLE_OPEN + _SINGLE_OPEN
        ):
            end_i -= 1
        if end_i - start_i < 2:
            return None
        start, end = doc[start_i].idx, self.tok_end(end_i)
        ps, pe = self.paras[self.para_of(verb.idx)]
        start, end = max(start, ps), self._trim_end(ps, min(end, pe))  # never past the paragraph
        if end - start < 8:
            return None
        # a colon inside the clause introduces words of their own
        m = re.search(r":\s", self.text[start:end])
        if m is not None and m.start() > 10:
            end = self._trim_end(start, start + m.start())
        around = self.quoted_at(start)
        if (
            around is not None
            and around == self.quoted_at(end - 1)
            and not (around[0] <= verb.idx < around[1])
        ):
            return None  # "X said “…”": the quotation is the report (a direct quote)
        if any(b <= start < e and not b <= verb.idx < e for b, e in self.blocks):
            return None
        if self.quoted_at(verb.idx) is not None and (
            self.quoted_at(verb.idx) != self.quoted_at(subj.idx)
            or subj.lower_ in GROUP_PRONOUNS
            or subj.pos_ in ("DET", "NUM")
        ):
            return None  # reported speech inside a quote names its speaker inside it
        d = _Draft(start, end, "indirect", "indirect")
        self._set_cue(d, verb.i)
        d.subj = subj.i
        d.opinion = low in OPINION_VERBS
        return d

    def _hypothetical(self, verb: Token) -> bool:
        """ "would say", "will announce", "one choice: to tell them" — not a report of speech."""
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX:
                if c.lower_ == "to" and verb.head.lemma_.lower() in (
                    "go",
                    "begin",
                    "continue",
                    "proceed",
                    "start",
                    "add",
                ):
                    continue
                return True
        return False

    def _complement(self, verb: Token) -> tuple[int, int] | None:
        """Token range of what a speech verb reports."""
        doc = self.doc
        if any(
            c.lower_ in ("what", "which") and c.dep_ in ("dobj", "nsubj") for c in verb.children
        ):
            return None  # "it meant what it said", "the pretext which says"
        comps = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if not comps:
            # "said at an evening briefing that …": the parser took the clause for a relative
            # clause of the briefing; a relative "that" is a subject or object, this one a mark
            for c in verb.children:
                if c.dep_ != "prep" or c.i < verb.i:
                    continue
                for g in c.subtree:
                    first = self.doc[g.left_edge.i]
                    if (
                        g.dep_ in ("relcl", "ccomp", "acl")
                        and first.lower_ == "that"
                        and (first.tag_ == "IN" or first.dep_ == "mark")
                    ):
                        comps = [g]
                        break
        if not comps:
            # "denied claims that …", "rejected reports that …": the clause of the claim
            for c in verb.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS:
                    for g in c.children:
                        first = self.doc[g.left_edge.i]
                        if g.dep_ in ("acl", "relcl", "ccomp") and first.lower_ == "that":
                            comps = [g]
        comp = next((c for c in comps if c.i > verb.i), None) or next(iter(comps), None)
        if comp is not None:
            first = doc[comp.left_edge.i]
            if first.lower_ in _SUBORDINATORS or (
                first.dep_ == "mark" and first.lower_ not in ("that", "whether", "if")
            ):
                return None  # "As X reiterated …, he wondered", "…, when Y stated"
            if (
                comp.i < verb.i
                and comp.tag_ not in FINITE_TAGS
                and not any(c.dep_ in ("aux", "auxpass") for c in comp.children)
            ):
                return None  # "Rejecting the blackmail, he wondered …"
        if comp is not None and comp.i > verb.i:
            start_i, end_i = comp.left_edge.i, comp.right_edge.i
            for k in range(comp.i + 1, end_i + 1):
                t = doc[k]
                if (
                    t.dep_ == "conj"
                    and t.head.i == comp.i
                    and t.lemma_.lower() in CLAUSE_VERBS
                    and t.pos_ == "VERB"
                ):
                    # "stressed that … and denied that …": two verbs, two reports
                    end_i = t.left_edge.i - 1
                    while end_i > start_i and (doc[end_i].pos_ == "CCONJ" or doc[end_i].is_punct):
                        end_i -= 1
                    break
            while start_i < end_i and (doc[start_i].dep_ == "mark" or doc[start_i].is_punct):
                if doc[start_i].lower_ in ("whether", "if") or doc[start_i].text in _ALL_MARKS:
                    break
                start_i += 1
            if doc[start_i].lower_ == "that" and start_i < end_i:
                start_i += 1  # "that" the parser did not call a mark
            if start_i <= verb.i:
                start_i = verb.i + 1
            if doc[start_i].lower_ == "what" and verb.lemma_.lower() not in (
                "ask",
                "wonder",
                "question",
            ):
                return None  # "demanded what one called …"
            opening = next(
                (
                    r
                    for r in self.runs
                    if r.depth == 0
                    and -1 <= r.start - doc[start_i].idx <= 2
                    and self.in_accepted(r.start)
                ),
                None,
            )
            if opening is not None and self.tok_index(opening.close) < end_i:
                end_i = self.tok_index(opening.close)  # "said, “…,” hoping that …": the quote
            return start_i, end_i
        if comp is not None or (verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i):
            # "…, he said": the report comes first, separated by a comma
            left = comp if comp is not None else verb.head
            if left.pos_ not in ("VERB", "AUX") or not self._closing_attribution(verb):
                return None
            sent_start = self._sentence_start(verb.i)
            start_i = max(left.left_edge.i, sent_start)
            end_i = verb.i - 1
            if comp is not None:
                end_i = min(end_i, comp.right_edge.i)
            subj = self._subject(verb)
            if subj is not None and start_i < subj.i <= end_i:
                end_i = subj.left_edge.i - 1  # the parser took the speaker into the report
            while end_i > start_i and (doc[end_i].is_punct or doc[end_i].dep_ in ("aux", "advmod")):
                end_i -= 1
            gap = doc[end_i + 1 : verb.i]
            if not any(t.text in (",", "–", "—") for t in gap):
                return None
            if subj is not None and subj.i < verb.i:
                np_first = subj.left_edge.i
                if np_first > 0 and doc[np_first - 1].text not in (",", "–", "—", "”", "’", '"'):
                    return None  # "…, a charge the groups deny": not an attribution
            if any(
                doc[end_i].idx < r.start and r.end < verb.idx for r in self.runs if r.depth == 0
            ):
                return (
                    None  # "This includes the Gulf: “…,” the report found": the quote is reported
                )
            if any(
                t.lemma_.lower() in CLAUSE_VERBS and t.dep_ == "ROOT"
                for t in doc[start_i : end_i + 1]
            ):
                return None
            return start_i, end_i
        # "said the United States … acted": a clause the parser left without ccomp
        if verb.lemma_.lower() in (
            "say",
            "add",
            "claim",
            "state",
            "warn",
            "insist",
            "argue",
            "note",
        ):
            j = verb.i + 1
            while j < self.n and (doc[j].dep_ in ("advmod", "npadvmod") or doc[j].lower_ == "that"):
                j += 1
            if j < self.n and any(c.dep_ == "prep" for c in [doc[j]]) and doc[j].head.i == verb.i:
                j = doc[j].right_edge.i + 1
            if j >= self.n or doc[j].is_punct or self.para_of(doc[j].idx) != self.para_of(verb.idx):
                return self._inverted(verb)
            t = doc[j]
            head = t
            while (
                head.dep_ in ("det", "amod", "compound", "poss", "nummod") and head.head.i > head.i
            ):
                head = head.head
            if (
                head.dep_ == "nsubj"
                and head.i > verb.i
                and (head.head.i == verb.i or head.head.pos_ in ("VERB", "AUX"))
            ):
                end_i = verb.i
                for k in range(j, self.n):
                    if doc[k].is_sent_start and k > j:
                        break
                    if doc[k].text in (".", "!", "?") or doc[k].text == "\n\n":
                        break
                    end_i = k
                if not any(doc[k].pos_ in ("VERB", "AUX") for k in range(head.i + 1, end_i + 1)):
                    return None
                return j, end_i
        return self._inverted(verb)

    def _closing_attribution(self, verb: Token) -> bool:
        """Whether a speech verb closes its sentence as an attribution ("…, he said on
        Monday.", "…, said the ministry."), rather than "…, say Bashar al-Assad, and …"."""
        if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in verb.children):
            return False
        k = verb.i + 1
        end = self.paras[self.para_of(verb.idx)][1]
        while k < self.n and self.doc[k].idx < end and self.doc[k].text not in (".", "!", "?", ";"):
            t = self.doc[k]
            nxt = self.doc[k + 1] if k + 1 < self.n else None
            if (
                t.text == ","
                and nxt is not None
                and (nxt.tag_ == "VBG" or nxt.lower_ in ("who", "which", "whose", "where"))
            ):
                return True  # "…, a source said, adding that …", "…, argues X, who …"
            if t.pos_ == "CCONJ" and nxt is not None and nxt.lemma_.lower() in CLAUSE_VERBS:
                return True  # "…, the source said and added that …"
            if t.pos_ in ("VERB", "AUX") or t.pos_ == "CCONJ" or t.text in _ALL_MARKS + ":":
                return False
            k += 1
        return True

    def _inverted(self, verb: Token) -> tuple[int, int] | None:
        """ "…, the Joint Operations Command said." — a report before its attribution that the
        parser did not see as the verb's clause."""
        doc = self.doc
        k = verb.i + 1
        while (
            k < self.n
            and doc[k].text not in (".", "!", "?", ";")
            and doc[k].idx < self.paras[self.para_of(verb.idx)][1]
        ):
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in _ALL_MARKS + ":":
                return None  # the verb has more to say: not a closing attribution
            k += 1
        subj = self._subject(verb)
        if subj is None or subj.i > verb.i:
            return None
        first = subj.i
        while first > 0 and (
            doc[first - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PART")
            or doc[first - 1].tag_ == "POS"
            or doc[first - 1].text in ("-", "’s", "'s")
        ):
            first -= 1
        if first == 0 or doc[first - 1].text not in (",", "–", "—"):
            return None
        start_i = self._sentence_start(verb.i)
        end_i = first - 2
        while end_i > start_i and doc[end_i].is_punct and doc[end_i].text not in _ALL_MARKS:
            end_i -= 1
        if end_i - start_i < 3 or not any(
            doc[j].pos_ in ("VERB", "AUX") for j in range(start_i, end_i + 1)
        ):
            return None
        if any(
            doc[start_i].idx <= r.open and r.close <= doc[end_i].idx + 1
            for r in self.runs
            if r.depth == 0 and r.close - r.open > 0.8 * (self.tok_end(end_i) - doc[start_i].idx)
        ):
            return None  # a direct quote with its attribution
        return start_i, end_i

    def _sentence_start(self, i: int) -> int:
        """Token index where the sentence of token i starts, by punctuation and paragraphs."""
        ps = self.paras[self.para_of(self.doc[i].idx)][0]
        k = i
        while k > 0:
            t = self.doc[k - 1]
            if t.idx < ps or t.text in (".", "!", "?"):
                break
            k -= 1
        return k

    def _trim_end(self, start: int, end: int) -> int:
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:–—-"):
            end -= 1
        return end

    def _according(self, t: Token) -> _Draft | None:
        doc = self.doc
        to = doc[t.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) or next(
            (c for c in t.children if c.dep_ == "pobj"), None
        )
        if pobj is None or pobj.lemma_.lower() in NOT_SOURCES:
            return None
        if self.quoted_at(t.idx) is not None:
            return None
        para_start, para_end = self.paras[self.para_of(t.idx)]
        # the sentence, by punctuation (the parser's sentences run across headings)
        s_start = t.i
        while (
            s_start > 0
            and doc[s_start - 1].idx >= para_start
            and doc[s_start - 1].text not in (".", "!", "?")
        ):
            s_start -= 1
        s_end = t.i
        while s_end + 1 < self.n and doc[s_end + 1].idx < para_end:
            s_end += 1
            if doc[s_end].text in (".", "!", "?"):
                break
        # the phrase: "according to X" up to the first comma or colon after its object
        k = to.i + 1
        while k <= s_end and doc[k].text not in (",", ":", ";") and doc[k].text not in _ALL_MARKS:
            k += 1
        phrase_end = k - 1
        if k <= s_end and doc[k].text == ",":
            # "According to Kuwaiti newspaper, Al-Jarida, …": an apposition of the object
            nxt = k + 1
            while nxt <= s_end and (doc[nxt].pos_ == "PROPN" or doc[nxt].text in ("-", "’", "'")):
                nxt += 1
            if nxt > k + 1 and nxt <= s_end and doc[nxt].text == ",":
                phrase_end = nxt - 1
        after = phrase_end + 1
        while after <= s_end and doc[after].is_punct and doc[after].text not in _ALL_MARKS:
            after += 1
        if t.i > s_start + 1:
            start_i, end_i = s_start, t.i - 1  # "…, according to X"
            if (
                after <= s_end - 4
                and doc[phrase_end + 1].text == ","
                and doc[after].lower_ not in ("which", "who", "whose", "where")
            ):
                end_i = s_end  # "Iran, according to X, is …"
        else:
            start_i, end_i = after, s_end
        while end_i > start_i and doc[end_i].is_punct and doc[end_i].text not in _ALL_MARKS:
            end_i -= 1
        while start_i < end_i and doc[start_i].is_punct and doc[start_i].text not in _ALL_MARKS:
            start_i += 1
        if end_i - start_i < 3 or not any(
            doc[k].pos_ in ("VERB", "AUX") for k in range(start_i, end_i + 1)
        ):
            return None
        start, end = doc[start_i].idx, self.tok_end(end_i)
        if doc[phrase_end + 1].text == ":" if phrase_end + 1 <= s_end else False:
            return None  # "According to X: “…”" is a direct quote
        d = _Draft(start, end, "indirect", "according")
        d.cue = (t.idx, self.tok_end(to.i))
        d.cue_tok = t.i
        d.subj = pobj.i
        return d

    # ------------------------------------------------------------------ speakers

    def _resolve(self, drafts: list[_Draft]) -> None:
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

    def _resolve_speakers(self, drafts: list[_Draft]) -> None:
        done: list[_Draft] = []
        labels: dict[str, dict[str, Any] | None] = {}
        for d in drafts:
            if d.kind == "label" and d.source is not None:
                self._resolve_label(d, labels)
            elif d.subj is not None:
                self._resolve_subject(d, self.doc[d.subj], done)
            elif d.kind in ("direct", "block"):
                self._continuation(d, done)
            done.append(d)

    def _continuation(self, d: _Draft, done: list[_Draft]) -> None:
        """A quote without a cue of its own continues the previous speaker's words."""
        colon_only = d.cue is not None and d.cue[1] - d.cue[0] == 1
        prev = next((p for p in reversed(done) if p.last <= d.start + 1 and not p.done), None)
        para = self.para_of(d.start)
        ps = self.paras[para][0]
        starts_para = not self.text[ps : d.start].strip(_ALL_MARKS + " ")
        if prev is not None and (prev.speaker is not None or prev.anonymous):
            between = self.text[prev.last : d.start]
            narrative = re.sub(r"[\s" + re.escape(_ALL_MARKS) + r".,;:!?–—-]", "", between)
            prev_para = self.para_of(prev.last - 1)
            if (
                (prev_para == para and len(narrative) < 40)
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

    def _copy(self, d: _Draft, prev: _Draft) -> None:
        """A quote continuing the previous one shares its speaker, cue and medium."""
        d.speaker = prev.speaker
        d.anonymous = prev.anonymous
        d.speaker_span = prev.speaker_span
        d.speaker_text = prev.speaker_text
        if d.cue is None or (d.cue[1] - d.cue[0] == 1 and prev.cue is not None):
            d.cue, d.cue_tok = prev.cue, prev.cue_tok
        d.medium = d.medium or prev.medium

    def _resolve_label(self, d: _Draft, labels: dict[str, dict[str, Any] | None]) -> None:
        assert d.source is not None
        ls, le = d.source
        label = self.text[ls:le]
        key = normalize_alias(label)
        named = [m for m in self.mentions_in(ls, le) if m.actor is not None]
        persons = [m for m in named if _kind(m.actor) == "person"]
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
        elif low in GENERIC_LABELS or low in QA_LABELS:
            d.anonymous = True  # "Student:", "A:"
        elif (named_before := self._name_part(label, ls)) is not None:
            d.speaker = dict(named_before.actor or {})  # "Abdi:" after "Mazloum Abdi"
        else:
            # a pseudonym or a name the recogniser missed: one provisional person per label
            d.speaker = {
                "id": f"~person:{_slug(label)}",
                "name": label,
                "text": label,
                "country": None,
                "sectors": [],
                "type": "person",
            }
        labels[key] = d.speaker

    def _outlet_before(self, pos: int) -> _Mention | None:
        """The first news outlet named in the text before pos (an interview's introduction)."""
        for m in self.mentions_in(0, pos):
            if (
                m.actor is not None
                and _kind(m.actor) != "person"
                and (
                    "MED" in (m.actor.get("sectors") or [])
                    or str(m.actor.get("id", "")).startswith("media:")
                )
            ):
                return m
        return None

    def _name_part(self, label: str, pos: int) -> _Mention | None:
        """A person named earlier whose name contains the label ("Abdi" in "Mazloum Abdi")."""
        key = normalize_alias(label)
        for m in self.mentions_in(0, pos):
            if m.actor is None or _kind(m.actor) != "person":
                continue
            parts = (
                normalize_alias(m.text).split()
                + normalize_alias(str(m.actor.get("name", ""))).split()
            )
            if key and key in parts:
                return m
        return None

    def _phrase(self, head: Token) -> tuple[int, int]:
        """The words of a speaker phrase: its head with determiners, modifiers and "of"-phrases,
        without relative clauses or appositions."""
        left, right = head.i, head.i
        for c in head.children:
            if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj") or c.text in _ALL_MARKS:
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
        while right > left and (self.doc[right].is_punct or self.doc[right].text in _ALL_MARKS):
            right -= 1
        if self.para_of(self.doc[left].idx) != self.para_of(head.idx):
            left = head.i
        return self.doc[left].idx, self.tok_end(right)

    def _path(self, m: _Mention, head: Token) -> str | None:
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
            elif (t.dep_ in ("pobj", "prep", "poss") or _possessor(t)) and via != "at":
                via = "of"
            t = t.head
        return None

    def _resolve_subject(self, d: _Draft, s: Token, done: list[_Draft]) -> None:
        low, lemma = s.lower_, s.lemma_.lower()
        core = self._phrase(s)
        d.speaker_span = core
        d.speaker_text = self.text[core[0] : core[1]]
        if d.reply and done and low in PERSON_PRONOUNS:
            answer = self._addressee_of(done[-1])
            if answer is not None:
                d.speaker = answer
                return
        if low in AUTHOR_PRONOUNS:
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
            and not _junk(m)
            and (path := self._path(m, s)) is not None
            and not (self.in_accepted(m.start) and not self.in_accepted(s.idx))
        ]
        names = [m for m, path in named if path == "name"]
        persons = [m for m in names if _kind(m.actor) == "person"]
        owners = [m for m, path in named if path == "of"]
        # a name set off by commas after a role: "The head of the movement in Gaza, Yahya Sinwar"
        appositives = [
            m
            for m, path in named
            if path in ("of", "at")
            and _kind(m.actor) == "person"
            and self.doc[m.token].dep_ == "appos"
            and not any(c in self.text[min(s.idx, m.start) : max(s.idx, m.start)] for c in "–—")
            and self._hops(m, s) <= 6
        ]
        if (
            head_mention is not None
            and not _junk(head_mention)
            and not (persons and _kind(head_mention.actor) != "person")
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
            self._antecedent(d, want, done, None, None, s)
            first = s.left_edge.i if honorific else s.i
            span = (self.doc[first].idx, self.tok_end(s.i))
            d.speaker_span = span
            d.speaker_text = self.text[span[0] : span[1]]
            return
        dets = {c.lower_ for c in s.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        determiner = next((c.lower_ for c in s.children if c.dep_ == "det"), None)
        has_poss = any(_possessor(c) for c in s.children)
        plural = s.tag_ in ("NNS", "NNPS")
        indefinite = bool(dets & INDEFINITE_DETS) or (
            determiner is None and plural and not has_poss
        )
        bodies = [m for m in names + owners if _kind(m.actor) != "person"]
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
        if lemma in ANONYMOUS_NOUNS and plural and determiner == "the" and not names and not owners:
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
                m for m, path in named if path == "of" and _kind(m.actor) == "person"
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
            if head_mention is not None and _kind(head_mention.actor) == "person":
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
            self._antecedent(d, "person", done, lemma, owner, s)
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
            self._antecedent(d, "group", done, lemma, owner, s)
            return
        if generic is not None and generic.actor is not None:
            if lemma in ANONYMOUS_NOUNS:
                d.anonymous = True
                return
            d.speaker = dict(generic.actor)  # a generic actor: "Iraqi lawmakers"
            return
        if lemma in ANONYMOUS_NOUNS:
            d.anonymous = True

    def _hops(self, m: _Mention, head: Token) -> int:
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

    def _set_provisional(self, d: _Draft, span: tuple[int, int]) -> None:
        name = self.text[span[0] : span[1]]
        d.speaker = {
            "id": f"~person:{_slug(name)}",
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
            if _possessor(c) and c.tag_ != "PRP$":
                return c.lower_
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj.lower_
        return None

    def _set_mention(self, d: _Draft, m: _Mention) -> None:
        d.speaker = dict(m.actor or {})
        d.speaker_span = (m.start, m.end)
        d.speaker_text = m.text
        d.anonymous = False

    def _set_owner(self, d: _Draft, m: _Mention, core: tuple[int, int]) -> None:
        self._set_mention(d, m)
        d.speaker_span, d.speaker_text = core, self.text[core[0] : core[1]]

    def _issuer(self, d: _Draft, done: list[_Draft], s: Token) -> None:
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
            if m.actor is None or m.source == "agent" or _kind(m.actor) == "person":
                continue
            t = self.doc[m.token]
            if (t.dep_ == "pobj" and t.head.lower_ == "by") or t.dep_ == "nsubj":
                d.speaker = dict(m.actor)
                return

    def _document_owner(self, t: Token) -> Token | None:
        """Who issued a statement or report mentioned at token t."""
        for c in t.children:
            if _possessor(c) and c.tag_ != "PRP$":
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
        if t.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj  # "In a statement, the ministry said"
        return None

    def _copy_speaker_only(self, d: _Draft, prev: _Draft) -> None:
        d.speaker = prev.speaker
        d.anonymous = prev.anonymous

    def _addressee_of(self, prev: _Draft) -> dict[str, Any] | None:
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

    def _antecedent(
        self,
        d: _Draft,
        want: str,
        done: list[_Draft],
        role: str | None,
        anchor: str | None,
        s: Token,
    ) -> None:
        """Resolve a pronoun, role noun or "the source" to an earlier speaker or actor."""
        pos = s.idx
        para = self.para_of(pos)
        enclosing = self.quoted_at(pos)
        if enclosing is not None and want in ("person", "group", "plural"):
            # "He said on Sunday, ‘…’" inside Kirby's words: someone Kirby spoke of
            outer = next((p for p in reversed(done) if p.start <= pos < p.end), None)
            m = self._antecedent_mention(
                pos, want, exclude=outer.speaker if outer else None, quoted=True
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
            and not self._new_subject(prev.last, pos, want, prev)
        ):
            self._copy_speaker_only(d, prev)
            return
        if want == "anonymous":
            return
        m = self._antecedent_mention(pos, want)
        if m is not None:
            d.speaker = dict(m.actor or {})
            return
        if prev is not None and self._compatible(prev, want):
            self._copy_speaker_only(d, prev)

    def _role_mention(self, pos: int, role: str, anchor: str | None, want: str) -> _Mention | None:
        """The latest actor before pos introduced with that role and anchor
        ("the resistance group’s spokesman Jafar al-Husseini", "Iran’s ambassador, Iraj Masjedi")."""
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        seen = 0
        enclosing = self.quoted_at(pos)
        while i >= 0 and seen < 80:
            m = self.mentions[i]
            i -= 1
            seen += 1
            if m.actor is None or m.source == "agent" or m.end > pos or _junk(m):
                continue
            if self.quoted_at(m.start) not in (None, enclosing):
                continue
            kind = _kind(m.actor)
            if (want == "person") != (kind == "person"):
                continue
            words = self._np_words(m)
            if role not in words:
                continue
            if anchor is not None and anchor not in words and anchor not in ("its", "their"):
                continue
            return m
        return None

    def _np_words(self, m: _Mention) -> set[str]:
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

    def _compatible(self, p: _Draft, want: str) -> bool:
        if want == "any":
            return True
        if p.anonymous:
            return want in ("person", "anonymous", "plural", "group")
        if want == "anonymous":
            return False
        kind = _kind(p.speaker)
        if want == "person":
            return kind == "person"
        if want == "group":
            return kind in ("organization", "group", "state")
        return True

    def _new_subject(self, start: int, end: int, want: str, prev: _Draft) -> bool:
        """Whether another compatible actor became a sentence subject between start and end."""
        prev_id = str((prev.speaker or {}).get("id", ""))
        for m in self.mentions_in(start, end):
            if m.actor is None or m.source == "agent" or self.quoted_at(m.start):
                continue
            kind = _kind(m.actor)
            if want == "person" and kind != "person":
                continue
            if want == "group" and kind == "person":
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
        self, pos: int, want: str, exclude: dict[str, Any] | None = None, quoted: bool = False
    ) -> _Mention | None:
        """The most recent compatible actor before pos; subjects of this sentence or the two
        before it first."""
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
            if m.actor is None or m.end > pos or m.source == "agent" or _junk(m):
                continue
            if self.quoted_at(m.start) not in (None, enclosing) and not quoted:
                continue
            seen += 1
            if str(m.actor.get("id")) == excluded:
                continue
            kind = _kind(m.actor)
            if want == "person" and kind != "person":
                continue
            if want == "group" and kind == "person":
                continue
            t = self.doc[m.token]
            dep = t.head.dep_ if t.dep_ in ("appos", "compound") else t.dep_
            if dep in ("nsubj", "nsubjpass") and (m.start >= window_start or fallback is None):
                return m
            if fallback is None:
                fallback = m
            if seen > 12 or m.start < window_start:
                break
        return fallback

    # ------------------------------------------------------------------ output

    def _finish(self, d: _Draft) -> QuoteSpan:
        text = self.text
        start, end = d.start, d.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if d.type != "direct":
            # a reported clause keeps the quotation marks of the words it quotes
            if start > 0 and text[start - 1] in _DOUBLE_OPEN + _SINGLE_OPEN + '"':
                start -= 1
            words = text[start:end]
            opened = sum(words.count(c) for c in _DOUBLE_OPEN) + words.count('"') % 2
            closed = sum(words.count(c) for c in _DOUBLE_CLOSE)
            if opened > closed and end < len(text) and text[end] in _DOUBLE_CLOSE + '"':
                end += 1
            if text[start:end].endswith(".") and end - start > 2 and text[end - 2].isalnum():
                end -= 1  # the sentence's full stop is not part of what was reported
        span = d.speaker_span if (d.speaker is not None or d.anonymous) else None
        speaker_text = d.speaker_text if span is not None else None
        if span is None and d.subj is not None and d.speaker_span is not None:
            span, speaker_text = d.speaker_span, d.speaker_text  # named but not resolved
        return QuoteSpan(
            start=start,
            end=end,
            text=text[start:end],
            type=d.type,
            speaker=d.speaker,
            speaker_text=speaker_text,
            speaker_start=span[0] if span else None,
            speaker_end=span[1] if span else None,
            cue=text[d.cue[0] : d.cue[1]] if d.cue else None,
            cue_start=d.cue[0] if d.cue else None,
            cue_end=d.cue[1] if d.cue else None,
            medium=text[d.medium[0] : d.medium[1]] if d.medium else None,
            medium_start=d.medium[0] if d.medium else None,
            medium_end=d.medium[1] if d.medium else None,
        )


if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@Language.factory(
    "annalyst_quotes",
    default_config={"min_words": 3, "max_label_words": 8},
)
def make_quote_extractor(
    nlp: Language, name: str, min_words: int, max_label_words: int
) -> QuoteExtractor:
    return QuoteExtractor(min_words=min_words, max_label_words=max_label_words)
