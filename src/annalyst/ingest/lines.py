"""What a single line of a news dump is: headline, date, byline, caption, boilerplate…

The segmenter decides article boundaries from these line kinds. Every rule here
is about the *shape* of a line (words like "Photo credit", a leading "By", the
length, the final punctuation), never about particular titles or names, so it
carries over to dumps it has never seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from annalyst.ingest.dates import FoundDate, date_line, find_date


class Kind(Enum):
    BLANKISH = "blankish"  # punctuation only ("*", "—")
    DATE = "date"  # a line that is a date (maybe with weekday/time/"Posted")
    UPDATE = "update"  # "[ Last Update: … ]"
    HEADING = "heading"  # "Related News", "Read more:", "More on the topic"
    LINK = "link"  # "Read next: <title>"
    CAPTION = "caption"  # photo captions and credits, image alt text
    SOURCE = "source"  # "Source: X" / "Source"
    BYLINE = "byline"  # "By X"
    LABEL = "label"  # "Description:", "Transcript:", "Author"
    BOILER = "boiler"  # share/subscribe/donate lines, site addresses, notices
    DISCLAIMER = "disclaimer"  # views-expressed, copyright, original-source lines
    BIO = "bio"  # author biography
    TEXT = "text"  # anything else: headline, teaser or body


_RELATED = re.compile(
    r"^(?:related\s+(?:news|stories|story|videos?|posts|articles|content|coverage|links|reading)"
    r"|more\s+on\s+(?:the|this)\s+topic|more\s+from\s+\w+|read\s+(?:more|next|also)"
    r"|see\s+also|also\s+read|you\s+may\s+also\s+like|recommended|trending|most\s+read"
    r"|مقالات\s+متعلقة|فيديوات\s+متعلقة|مواضيع\s+ذات\s+صلة|اقرأ\s+(?:أيضا|أيضاً|المزيد)|أخبار\s+ذات\s+صلة)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
_LINK = re.compile(
    r"^(?:read\s+(?:more|next|also)|see\s+also|also\s+read|watch|listen|related)\s*[:：|]\s*\S",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"photo\s*(?:credit|by|courtesy)|\(photo|\bphoto\s*:|image\s*(?:credit|source|:)|"
    r"\((?:reuters|ap|afp|getty(?:\s+images)?|file|epa|anadolu|xinhua|archive)[^)]*\)\s*\.?$|"
    r"reuters/|ap\s+photo|getty\s+images|file\s+photo|search\s+query\s+image|"
    r"source\s+image|^(?:image|photo|video|picture)$",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^source\s*[:：]?\s*(?P<name>.*)$", re.IGNORECASE)
_BYLINE = re.compile(r"^[Bb][Yy](?:\s+|(?=[A-Z]))(?P<rest>.+)$")
_LABEL = re.compile(
    r"^(?:description|transcript|author|authors|editor['’]?s?\s+note|summary|abstract|"
    r"the\s+host|update|note|comments?|tags?|filed\s+under|categories)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_BOILER = re.compile(
    r"share\s+(?:this|on|buttons)|follow\s+us|subscribe|newsletter|click\s+(?:here|to)|"
    r"donat(?:e|ion)|support\s+(?:us|our)|join\s+(?:us|our)|can\s+also\s+be\s+accessed|"
    r"item\s+is\s+being\s+updated|story\s+is\s+developing|translate\s+website|"
    r"please\s+help\s+us|crowdfunded|all\s+rights\s+reserved|cookie|sign\s+up|log\s*in\b|"
    r"you\s+can\s+read\s+this\s+article\s+in|telegram\s+channel\s*$|^(?:print|email|tweet|share)$|"
    r"^like\s+(?:this|loading)|\bfollow\s+\S+(?:\s+\S+){0,2}\s+on\s+(?:telegram|twitter|facebook|instagram|youtube|x)\b",
    re.IGNORECASE,
)
_URLISH = re.compile(
    r"^(?:https?://|www\.)\S+$|^\S+\.(?:com|net|org|ir|co\.uk|co|info)/?\S*$", re.I
)
_DISCLAIMER = re.compile(
    r"do(?:es)?\s+not\s+necessarily\s+reflect|views\s+expressed|opinions?\s+(?:mentioned|expressed)|"
    r"original\s+source\s+of\s+this\s+article|copyright\s*©|©\s*\d{4}|\(c\)\s*\d{4}|"
    r"first\s+published\s+(?:by|in|at)\b|this\s+article\s+(?:was\s+)?(?:originally\s+)?(?:published|appeared)",
    re.IGNORECASE,
)
_BIO = re.compile(
    r"\b(?:is|was)\s+an?\s+(?:[\w\-’']+\s+){0,5}(?:writer|journalist|researcher|analyst|author|"
    r"editor|correspondent|commentator|columnist|professor|academic|reporter|blogger|activist)\b|"
    r"[\w.+-]+@[\w-]+\.[\w.]+|^biography|\barchives\s+\d{4}",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s*(?=[A-Z“\"‘])")
_UPDATE = re.compile(
    r"^\[?\s*(?:(?:last\s+)?updated?|first\s+published)\s*(?:[:…]|\.\.\.|on\b)", re.IGNORECASE
)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”’»]\s*$")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Line:
    """A non-blank line of a dump with what the segmenter needs to know about it."""

    no: int  # 1-based line number in the source
    raw: str
    text: str  # stripped
    tight: bool  # the previous line was not blank (part of a block of lines)
    kind: Kind = Kind.TEXT
    date: FoundDate | None = None  # set for DATE lines and dated bylines
    script: str = "latin"  # "arabic", "latin" or "other"
    words: int = 0
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def sentence_like(self) -> bool:
        """Ends like a sentence and is long enough to be prose."""
        return self.words >= 8 and bool(_TERMINAL.search(self.text))

    @property
    def title_like(self) -> bool:
        """Could be a headline: short, not ending in a full stop, not metadata."""
        if self.kind is not Kind.TEXT:
            return False
        t = self.text
        if not (1 <= self.words <= 32) or len(t) > 220:
            return False
        if t.endswith((".", ",", ";")) and not t.endswith(("..", "…")):
            return False
        if _URLISH.match(t):
            return False
        first = t.lstrip("\"'“‘«([*–—- ")[:1]
        return bool(first) and (not first.isalpha() or first.isupper() or self.script != "latin")

    @property
    def short(self) -> bool:
        """A line too short to be a paragraph: a headline, a link title, a caption."""
        return self.words <= 24 and len(self.text) <= 180 and not self.text.endswith(".")

    @property
    def body_like(self) -> bool:
        """A paragraph of running text."""
        return self.kind is Kind.TEXT and (
            (self.sentence_like and len(self.text) >= 60) or len(self.text) >= 200
        )


def script_of(text: str) -> str:
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    total = arabic + latin
    if total == 0 or min(arabic, latin) / total > 0.25:
        return "other"  # no letters, or a real mix of scripts
    return "arabic" if arabic > latin else "latin"


def classify(no: int, raw: str, tight: bool) -> Line:
    """Build a `Line` and decide its kind from its shape alone."""
    text = raw.strip().replace("\u200b", "").replace("\xa0", " ")
    line = Line(no=no, raw=raw, text=text, tight=tight)
    line.words = len(_WORD.findall(text))
    line.script = script_of(text)
    line.kind = _kind(line)
    return line


def _kind(line: Line) -> Kind:
    t = line.text
    if not _WORD.search(t):
        return Kind.BLANKISH
    if len(t) <= 90 and _UPDATE.match(t):
        return Kind.UPDATE
    found = date_line(t)
    if found is not None:
        line.date = found
        return Kind.DATE
    if len(t) <= 60 and _RELATED.match(t):
        return Kind.HEADING
    if len(t) <= 300 and _LINK.match(t):
        return Kind.LINK
    if len(t) <= 120:
        source = _SOURCE.match(t)
        if source and (not source["name"] or t[6:7] in ":：" or len(t) == 6):
            line.extra["name"] = source["name"].strip()
            return Kind.SOURCE
        byline = _BYLINE.match(t)
        if byline and line.words <= 14 and not line.sentence_like:
            line.extra["rest"] = byline["rest"].strip()
            line.date = find_date(t)
            return Kind.BYLINE
        if _LABEL.match(t):
            return Kind.LABEL
    if len(t) <= 300 and _CAPTION.search(t):
        return Kind.CAPTION
    disclaimer = _DISCLAIMER.search(t)
    if disclaimer and len(t) <= 400:
        if len(t) > 150 and disclaimer.start() > 100:
            # A closing disclaimer glued to the last paragraph: keep the paragraph.
            ends = [m.end() for m in _SENTENCE_END.finditer(t, 0, disclaimer.start())]
            if ends and ends[-1] > 40:
                line.extra["disclaimer"] = t[ends[-1] :].strip()
                line.text = t[: ends[-1]].strip()
                return Kind.TEXT
        return Kind.DISCLAIMER
    if len(t) <= 300 and (_BOILER.search(t) or _URLISH.match(t)):
        return Kind.BOILER
    if len(t) <= 400 and _BIO.search(t):
        return Kind.BIO
    return Kind.TEXT
