"""Splitting a multi-article news dump into articles.

A dump is a run of articles, each a headline, a short header (date line, source
line, byline, teaser, photo caption) and paragraphs, with navigation between them
(related-link blocks, "Read more" lines, disclaimers). The segmenter works on
line *kinds* (see `lines.py`):

* an article starts at a headline-like line followed, within a few header lines,
  by a date line or a dated byline;
* or where the script changes (an Arabic article after an English one);
* or, under a "Related …" heading or at the top of the file, at a headline
  followed by a real paragraph;
* an article without body paragraphs is a teaser, not an article.

The dump is streamed: only the current article and a few lines of look-ahead
are held in memory, and an article that grows past `max_chars` is cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from annalyst.ingest.bylines import (
    Byline,
    OutletLookup,
    looks_like_person,
    outlet_statement,
    parse_byline,
    parse_name_outlet_date,
)
from annalyst.ingest.lines import Kind, Line, classify
from annalyst.ingest.model import Draft, Problem

HEADER_REACH = 4  # headline-like lines a date line may look back over
BODY_REACH = 4  # header lines between a headline and its first paragraph (no date)
LOOKAHEAD = 6
SWITCH_REACH = 64  # lines a script switch may look back over (script-less lines between)
DEFAULT_MAX_CHARS = 2_000_000
# Lines held for one article (or while no article has started): short lines
# cost far more memory than their characters, so characters alone do not bound it.
MAX_LINES = 20_000


@dataclass
class Segment:
    """Lines of one article candidate between two boundaries."""

    lines: list[Line] = field(default_factory=list)
    title_index: int = 0


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


class Segmenter:
    """Turn the lines of one dump into article drafts (and problems)."""

    def __init__(
        self,
        source: str,
        outlets: OutletLookup | None = None,
        *,
        single: bool = False,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.source = source
        self.outlets = outlets
        self.single = single  # one article per input: no splitting
        self.max_chars = max_chars
        self.teasers: list[Line] = []  # headlines that had no body (for diagnostics)

    # -- boundary detection ------------------------------------------------

    def run(self, numbered_lines: Iterable[tuple[int, str]]) -> Iterator[Draft | Problem]:
        buf: list[Line] = []  # current article (from its headline) plus look-ahead
        started = False  # buf[0] is a headline of an article
        prev_blank = True
        chars = 0
        for no, raw in numbered_lines:
            if not raw.strip():
                prev_blank = True
                continue
            line = classify(no, raw, tight=not prev_blank)
            prev_blank = False
            buf.append(line)
            chars += len(line.text)
            if self.single:
                if chars > self.max_chars:
                    yield Problem(
                        self.source,
                        f"text longer than {self.max_chars} characters; cut",
                        f"line {no}",
                    )
                    break
                started = True
                continue
            # Decide about the line LOOKAHEAD positions back, now that we can see past it.
            start = self._find_start(buf, len(buf) - 1, started)
            if start is not None and start > 0:
                if started:
                    yield from self._emit(buf[:start])
                buf = buf[start:]
                started = True
                chars = sum(len(x.text) for x in buf)
            elif start == 0 and not started:
                started = True
            if chars > self.max_chars or len(buf) > MAX_LINES:
                if started:
                    size = (
                        f"{self.max_chars} characters"
                        if chars > self.max_chars
                        else f"{MAX_LINES} lines"
                    )
                    yield Problem(
                        self.source,
                        f"article longer than {size}; cut before line {no}",
                        f"line {buf[0].no}",
                    )
                    yield from self._emit(buf[:-LOOKAHEAD])
                    started = False
                buf = buf[-LOOKAHEAD:]
                chars = sum(len(x.text) for x in buf)
        if started and buf:
            yield from self._emit(buf)

    def _find_start(self, buf: list[Line], newest: int, started: bool) -> int | None:
        """Index in `buf` where a new article starts, judged with `buf[newest]` just read."""
        line = buf[newest]
        floor = 1 if started else 0
        if line.kind is Kind.DATE or (line.kind is Kind.BYLINE and line.date is not None):
            start = self._headline_before(buf, newest, floor)
            if start is not None:
                return start
        if line.kind is Kind.TEXT and line.date is None and line.words <= 12:
            dated = parse_name_outlet_date(line.text, self.outlets)
            if dated is not None and (dated.authors or dated.outlet):
                line.extra["name_outlet_date"] = "1"
                start = self._headline_before(buf, newest, floor)
                if start is not None:
                    return start
        # Script switch: an Arabic article after an English one (or back).
        switch = self._script_switch(buf, newest, floor)
        if switch is not None:
            return switch
        # A headline followed by a paragraph, right after a heading or at the top of the file.
        probe = newest - BODY_REACH
        for cand in range(max(floor, probe), newest):
            if self._undated_start(buf, cand, newest, started):
                return cand
        return None

    def _script_switch(self, buf: list[Line], newest: int, floor: int) -> int | None:
        """Start of a run of lines in a new script, once the run is two lines long."""
        script = buf[newest].script
        if script == "other" or buf[newest].kind is Kind.HEADING:
            return None
        run_start = newest
        same = 0
        i = newest
        while i >= floor and buf[i].script in (script, "other"):
            if buf[i].script == script:
                same += 1
                if same > 2:
                    return None  # the run is older than this line: decided before
                run_start = i
            i -= 1
            if newest - i > SWITCH_REACH:
                return None  # bounded look-back keeps a long article linear
        if same != 2 or i < floor:
            return None
        # The text before the run must be real prose of the other script.
        before = [x for x in buf[max(0, i - 3) : i + 1] if x.script not in (script, "other")]
        if not before or not any(x.words >= 5 for x in before):
            return None
        if buf[run_start].kind is not Kind.TEXT:
            return None
        return run_start

    def _headline_before(self, buf: list[Line], date_index: int, floor: int) -> int | None:
        """The headline of the article whose date line is at `date_index`."""
        if floor == 1 and date_index <= 12:
            header = buf[1:date_index]
            if not any(x.body_like or x.kind is Kind.DATE for x in header):
                return None  # the date of the article being read, after a long header
        candidates: list[int] = []
        seen = 0
        for i in range(date_index - 1, floor - 1, -1):
            line = buf[i]
            if line.kind in (Kind.CAPTION, Kind.BIO, Kind.BLANKISH, Kind.SOURCE, Kind.BYLINE):
                if line.kind is Kind.BYLINE or line.kind is Kind.SOURCE:
                    # A byline before the date belongs to this header.
                    continue
                continue
            if line.kind is Kind.DATE or line.kind is Kind.UPDATE:
                if candidates:
                    break  # the previous "article" was a dated headline with no body
                return None  # a second date in one header: not a new article
            if not line.title_like:
                break
            # A block of short lines glued together is a link list, unless it is
            # the same headline printed twice.
            glued = line.tight and i - 1 >= 0 and buf[i - 1].short and not line.extra
            if glued and _norm(buf[i - 1].text) != _norm(line.text):
                break
            candidates.append(i)
            seen += 1
            if seen >= HEADER_REACH:
                break
        if not candidates:
            return None
        nearest = candidates[0]
        if len(candidates) >= 2:
            further = candidates[1]
            a, b = buf[nearest].text, buf[further].text
            if _norm(a) == _norm(b) or (len(a) > 1.3 * len(b) and len(a) > 60):
                nearest = further
                if len(candidates) >= 3 and _norm(buf[candidates[2]].text) == _norm(b):
                    nearest = candidates[2]
        return nearest

    def _undated_start(self, buf: list[Line], cand: int, newest: int, started: bool) -> bool:
        line = buf[cand]
        if not line.title_like or line.words < 3:
            return False
        before = buf[cand - 1] if cand >= 1 else None
        at_top = before is None and not started
        after_heading = before is not None and before.kind is Kind.HEADING
        if not (at_top or after_heading):
            return False
        # Look for a paragraph after at most a few header lines, none of them a headline list.
        for j in range(cand + 1, newest + 1):
            nxt = buf[j]
            if j == cand + 1 and nxt.tight and nxt.title_like:
                return False  # a list of link titles
            if nxt.kind is Kind.HEADING or nxt.kind is Kind.DATE:
                return False
            if nxt.body_like:
                return True
        return False

    # -- article assembly --------------------------------------------------

    def _emit(self, lines: list[Line]) -> Iterator[Draft | Problem]:
        draft = self._assemble(lines)
        if draft is None:
            if lines:
                self.teasers.append(lines[0])
            return
        yield draft

    def _assemble(self, lines: list[Line]) -> Draft | None:
        if not lines:
            return None
        title_line = lines[0]
        title = title_line.text
        header_end, meta = self._read_header(lines)
        body_lines = self._body(lines[header_end:], title, meta)
        if not body_lines:
            return None
        tail_outlet = None
        last_body = body_lines[-1].no
        for line in reversed(lines[header_end:]):
            if line.no < last_body:
                break
            found = outlet_statement(line.extra.get("disclaimer", line.text), self.outlets)
            if found and (line.kind is not Kind.TEXT or line.no == last_body):
                tail_outlet = found
                if re.search(r"original\s+source", line.text, re.I):
                    break
        outlet = (
            meta.get("original") or tail_outlet or meta.get("outlet") or meta.get("weak_outlet")
        )
        text = "\n\n".join(x.text for x in body_lines)
        kept = [title_line, *body_lines]
        end_line = self._end_line(lines, body_lines)
        authors_raw = meta.get("authors", "")
        return Draft(
            source=self.source,
            text=text,
            title=title if not self.single or title_line.title_like else None,
            published=meta.get("date"),
            authors=[a for a in authors_raw.split("\x1f") if a],
            byline=meta.get("byline"),
            outlet=outlet,
            language="ar" if _mostly_arabic(kept) else None,
            line_start=title_line.no,
            line_end=end_line,
        )

    def _read_header(self, lines: list[Line]) -> tuple[int, dict[str, str]]:
        """Read date, bylines, outlet and teaser; return where the body starts."""
        meta: dict[str, str] = {}
        title_norm = _norm(lines[0].text)
        limit = min(len(lines), 14)
        # Teasers and unmarked captions may sit above the byline or the photo
        # credit: everything up to the last of those is header.
        header_floor = 0
        for j in range(1, min(len(lines), 10)):
            if lines[j].kind in (Kind.BYLINE, Kind.CAPTION):
                header_floor = j
            elif lines[j].kind is Kind.TEXT and len(lines[j].text) > 400:
                break
        i = 1
        while i < limit:
            line = lines[i]
            kind = line.kind
            if kind is Kind.DATE:
                meta.setdefault("date", line.date.iso if line.date else "")
            elif kind is Kind.UPDATE or kind is Kind.BLANKISH or kind is Kind.CAPTION:
                # A stand-alone "Photo Credit: X" line is the site crediting itself;
                # a credit inside a caption, or one naming a wire, is a borrowed photo.
                credit = re.match(r"^photo\s*credit\s*:\s*(.+)$", line.text, re.I)
                if kind is Kind.CAPTION and credit and "weak_outlet" not in meta and self.outlets:
                    found = self.outlets.canonical(credit[1])
                    if found and not self.outlets.is_agency(found):
                        meta["weak_outlet"] = found
            elif kind is Kind.SOURCE:
                name = line.extra.get("name", "")
                if name:
                    found = outlet_statement(line.text, self.outlets)
                    if found:
                        meta.setdefault("outlet", found)
            elif kind is Kind.BYLINE:
                self._take_byline(parse_byline(line.text, self.outlets), meta)
            elif kind is Kind.LABEL or kind is Kind.BIO or kind is Kind.BOILER:
                pass
            elif kind is Kind.DISCLAIMER:
                found = outlet_statement(line.text, self.outlets)
                if found and re.search(r"original\s+source", line.text, re.I):
                    meta["original"] = found
            elif _repeats_title(line, title_norm):
                pass  # the headline printed again, or an image alt text cut from it
            elif line.tight and line.short and (i > 1 or lines[i - 1].kind is Kind.CAPTION):
                pass  # later line of a caption or profile block
            elif "name_outlet_date" in line.extra or (
                line.words <= 12 and not line.sentence_like and self._name_outlet_date(line, meta)
            ):
                dated = parse_name_outlet_date(line.text, self.outlets)
                if dated is not None:
                    self._take_byline(dated, meta)
                    meta.setdefault("date", dated.date or "")
            elif self._bare_outlet(line, meta) or self._bare_author(line, meta):
                pass
            elif self._is_teaser(lines, i) or (i < header_floor and "teaser" not in meta):
                meta.setdefault("teaser", line.text)
            elif i < header_floor or (line.short and _CAPTION_WORDS.search(line.text)):
                pass  # an image caption without a credit marker
            else:
                break
            i += 1
        if not meta.get("date"):
            meta.pop("date", None)
        meta.pop("byline_from", None)
        return i, meta

    def _name_outlet_date(self, line: Line, meta: dict[str, str]) -> bool:
        dated = parse_name_outlet_date(line.text, self.outlets)
        return dated is not None and bool(dated.authors or dated.outlet)

    def _take_byline(self, byline: Byline, meta: dict[str, str], set_byline: bool = True) -> None:
        if set_byline and (meta.get("byline_from") == "outlet" or "byline" not in meta):
            meta["byline"] = byline.text
            meta.pop("byline_from", None)
        if byline.authors and "authors" not in meta:
            meta["authors"] = "\x1f".join(byline.authors)
        if byline.outlet:
            meta.setdefault("outlet", byline.outlet)
        if byline.date:
            meta.setdefault("date", byline.date)

    def _bare_outlet(self, line: Line, meta: dict[str, str]) -> bool:
        if self.outlets is None or line.words > 8:
            return False
        name = self.outlets.canonical(line.text.strip(" ,.;:-–—"))
        if name is None:
            return False
        meta.setdefault("outlet", name)
        if "byline" not in meta and not line.text.rstrip().endswith(","):
            meta["byline"] = line.text.strip()
            meta["byline_from"] = "outlet"
        return True

    def _bare_author(self, line: Line, meta: dict[str, str]) -> bool:
        if "authors" in meta or line.words > 6 or line.sentence_like:
            return False
        name = line.text.strip(" ,.-–—*")
        if not looks_like_person(name):
            return False
        meta["authors"] = name
        if meta.get("byline_from") == "outlet" or "byline" not in meta:
            meta["byline"] = name
            meta.pop("byline_from", None)
        return True

    def _is_teaser(self, lines: list[Line], index: int) -> bool:
        """A standfirst: prose in the header that is followed by more header material."""
        line = lines[index]
        if line.kind is not Kind.TEXT or len(line.text) > 400 or _DATELINE.match(line.text):
            return False
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if nxt is None:
            return False
        if nxt.kind in (Kind.CAPTION, Kind.BYLINE, Kind.SOURCE, Kind.DATE, Kind.LABEL):
            return True
        if _norm(nxt.text) == _norm(line.text) or _repeats_title(nxt, _norm(lines[0].text)):
            return True
        if nxt.tight and nxt.kind is Kind.TEXT and nxt.title_like:
            return True  # followed by an image caption block
        # A standfirst rarely ends like a sentence; a first paragraph nearly always does.
        return not line.sentence_like and nxt.body_like and line.words >= 8

    def _body(self, lines: list[Line], title: str, meta: dict[str, str]) -> list[Line]:
        title_norm = _norm(title)
        teaser_norm = _norm(meta.get("teaser", ""))
        body: list[Line] = []
        for idx, line in enumerate(lines):
            early = len(body) < 4
            if early and line.kind is Kind.SOURCE and line.extra.get("name"):
                found = outlet_statement(line.text, self.outlets)
                if found and not re.search(r"\d{4}", line.text):
                    meta.setdefault("outlet", found)
            if line.kind is not Kind.TEXT:
                continue
            if early and line.words <= 6 and _FROM_OUTLET.match(line.text):
                found = outlet_statement(line.text, self.outlets)
                if found:
                    meta.setdefault("outlet", found)
                    continue
            norm = _norm(line.text)
            if norm == title_norm or (teaser_norm and norm == teaser_norm):
                continue
            if self._in_link_list(lines, idx):
                continue
            body.append(line)
        # Trailing headline-like lines are the next section's teasers, not body.
        while body and body[-1].title_like and not body[-1].sentence_like and len(body) > 1:
            body.pop()
        if not any(line.body_like or line.sentence_like for line in body):
            return []
        return body

    def _in_link_list(self, lines: list[Line], idx: int) -> bool:
        """Short headline-like lines glued together without blank lines: a link list or caption."""
        line = lines[idx]
        if not line.short:
            return False
        prev_glued = line.tight and idx >= 1 and lines[idx - 1].kind is not Kind.HEADING
        next_glued = idx + 1 < len(lines) and lines[idx + 1].tight
        if prev_glued or next_glued:
            return True
        # A lone headline-like line right after a heading is a link title.
        return line.title_like and idx >= 1 and lines[idx - 1].kind is Kind.HEADING

    def _end_line(self, lines: list[Line], body: list[Line]) -> int:
        last = body[-1].no
        for line in lines:
            if line.no <= last:
                continue
            if line.kind in (Kind.DISCLAIMER, Kind.SOURCE, Kind.BIO) or (
                line.kind is Kind.BOILER and re.search(r"accessed|www\.", line.text, re.I)
            ):
                last = line.no
            elif line.kind in (Kind.HEADING, Kind.LINK) or line.title_like:
                break
        return last


# "Beirut – …", "BAGHDAD (Reuters) - …", "Update: …": a first paragraph, never a standfirst.
_DATELINE = re.compile(
    r"^(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}\s*(?:\([^)]{1,30}\))?\s*[–—-]\s+\S|update\s*:)",
    re.IGNORECASE,
)


_CAPTION_WORDS = re.compile(
    r"\b(?:handout|pictured|(?:is|are)\s+seen|picture\s+(?:shows|released)|file\s+photo)\b", re.I
)
_FROM_OUTLET = re.compile(r"^(?:…|\.\.\.)?\s*from\s+[A-Z]")


def _repeats_title(line: Line, title_norm: str) -> bool:
    """The headline printed again, whole or cut short (image alt texts do that)."""
    norm = _norm(line.text)
    if not norm or line.kind is not Kind.TEXT or not line.short:
        return False
    return norm == title_norm or (len(norm) >= 8 and title_norm.startswith(norm))


def _mostly_arabic(lines: list[Line]) -> bool:
    arabic = sum(len(x.text) for x in lines if x.script == "arabic")
    total = sum(len(x.text) for x in lines if x.script != "other")
    return total > 0 and arabic / total > 0.5


def segment(
    numbered_lines: Iterable[tuple[int, str]],
    source: str,
    outlets: OutletLookup | None = None,
    *,
    single: bool = False,
) -> Iterator[Draft | Problem]:
    """Split numbered lines of a dump into drafts; see `Segmenter`."""
    return Segmenter(source, outlets, single=single).run(numbered_lines)
