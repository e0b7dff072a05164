"""Role phrases resolved by date: "the Iraqi prime minister", "Hezbollah's secretary-general".

Every dated role of the knowledge base is indexed by its head title ("prime
minister", "commander", "secretary of state") and its anchor: the country or the
organisation the role belongs to ("Prime Minister of Iraq" → country IRQ;
"Commander of the Quds Force" → the Quds Force). In a text, a head title is
anchored by a nationality ("the Iraqi …"), a possessive ("Iraq's …",
"Hezbollah's …"), a preceding name ("the CENTCOM commander") or an of-phrase
("the speaker of the Iraqi parliament"); the holder is whoever held that role on
the article's date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from annalyst.knowledge.actors import KnowledgeBase, Role, normalize_title
from annalyst.nlp.tokentable import doc_text, token_table

MAX_HEAD_WORDS = 5
# Heads that mean the same role in running text.
_HEAD_SYNONYMS = {
    "commander in chief": "commander",
    "chief commander": "commander",
    "chief of staff of the armed forces": "chief of staff",
    "secretary-general": "secretary general",
}
_PAST = {"former", "ex", "late", "previous", "then", "outgoing"}
# One-word titles that the knowledge base may hold for one place only but that news
# uses of many ("the President", "the King"): never read bare.
_TOO_COMMON_ALONE = {"president", "king", "queen", "emir", "sultan", "premier", "chancellor",
                     "governor", "mayor", "minister", "ambassador", "commander", "chief",
                     "leader", "speaker", "spokesman", "spokesperson", "director", "head",
                     "general", "prince", "crown prince", "monarch", "secretary", "judge",
                     "prosecutor", "envoy", "chairman", "deputy", "ruler", "shah", "caliph",
                     "patriarch", "mufti", "imam", "ayatollah"}  # fmt: skip
_SKIP_BEFORE = {"new", "current", "incumbent", "acting", "interim", "top"}


@dataclass(frozen=True)
class RoleEntry:
    actor_id: str
    role: Role
    destination: str | None  # "Ambassador to Iraq" → IRQ


@dataclass(frozen=True)
class RoleMatch:
    start: int  # token offsets of the whole referring phrase
    end: int
    actor_id: str
    # The name inside the phrase that anchors it ("Hezbollah" in "Hezbollah's
    # secretary-general"): a mention of its own, nested in the role's.
    anchor_start: int | None = None
    anchor_end: int | None = None


@lru_cache(maxsize=100_000)
def _head_key(text: str) -> str:
    key = normalize_title(text)
    return _HEAD_SYNONYMS.get(key, key)


class RoleIndex:
    """Dated roles of the knowledge base, by head title and anchor."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.by_anchor: dict[tuple[str, str], list[RoleEntry]] = {}
        self.heads: set[str] = set()
        self.state_anchored: set[tuple[str, str]] = set()  # (head, country) with a state anchor
        self.first_words: set[str] = set()
        self._starts: dict[str, bool] = {}  # word -> whether a role title starts with it
        for actor in kb.actors.values():
            for role in actor.roles:
                self._add(actor.id, role)
        # Titles of an office held in one place only ("the Pope"): said bare, they need
        # no country or body to say whose office it is.
        anchors: dict[str, set[str]] = {}
        for key, anchor in self.by_anchor:
            anchors.setdefault(key, set()).add(anchor)
        self.sole_anchor: dict[str, str] = {
            key: next(iter(found))
            for key, found in anchors.items()
            if len(found) == 1 and next(iter(found)).startswith("C:") and " " not in key
            and key not in _TOO_COMMON_ALONE
        }  # fmt: skip

    def _anchor_of(self, text: str) -> str | None:
        actors = self.kb.lookup(text)
        if not actors:
            return None
        actor = actors[0]
        return f"C:{actor.country}" if actor.type == "state" else f"A:{actor.id}"

    def _add(self, actor_id: str, role: Role) -> None:
        title = re.sub(r"\s+", " ", role.title.strip())
        head, anchor, destination = title, None, None
        # Split at " of " / " to " where the rest names a state or an organisation.
        for match in re.finditer(r"\s+(of|to|for)\s+(?:the\s+)?", title, flags=re.I):
            tail = title[match.end() :]
            found = self._anchor_of(tail)
            if found is None:
                continue
            head = title[: match.start()]
            if match.group(1).lower() == "to" and found.startswith("C:"):
                destination = found[2:]
            else:
                anchor = found
            break
        # A leading state or nationality ("United States Ambassador", "Iraqi Prime Minister").
        words = head.split()
        for cut in range(min(4, len(words) - 1), 0, -1):
            lead = " ".join(words[:cut])
            nat = self.kb.agents.nationality(lead)
            code = nat.country if nat is not None else None
            if code is None:
                states = [a for a in self.kb.lookup(lead) if a.type == "state"]
                code = states[0].country if states else None
            if code is not None:
                head = " ".join(words[cut:])
                anchor = anchor or f"C:{code}"
                break
        if anchor is None:
            if role.country is None:
                return
            anchor = f"C:{role.country}"
        key = _head_key(head)
        if not key:
            return
        self.heads.add(key)
        self.by_anchor.setdefault((key, anchor), []).append(RoleEntry(actor_id, role, destination))
        if anchor.startswith("C:"):
            self.state_anchored.add((key, anchor[2:]))
        else:
            actor = self.kb.get(anchor[2:])
            if actor is not None and actor.country:
                # Also reachable by the organisation's country when no state-level role
                # of that name exists ("the Palestinian president").
                self.by_anchor.setdefault((key, f"O:{actor.country}"), []).append(
                    RoleEntry(actor_id, role, destination)
                )

    def holders(self, head: str, anchor: str, on: date, countries: Sequence[str]) -> str | None:
        """The single actor holding the role on a day, or None when none or ambiguous."""
        entries = [e for e in self.by_anchor.get((head, anchor), ()) if e.role.active_on(on)]
        if (
            not entries
            and anchor.startswith("C:")
            and (head, anchor[2:]) not in self.state_anchored
        ):
            entries = [
                e for e in self.by_anchor.get((head, f"O:{anchor[2:]}"), ()) if e.role.active_on(on)
            ]
        ids = {e.actor_id for e in entries}
        own = anchor[2:] if anchor.startswith("C:") else None
        ranked = Counter(c for c in countries if c != own).most_common(2)
        if ranked and any(e.destination for e in entries):
            # "the American ambassador": the one posted to the country the article is
            # most about (besides the ambassador's own); when that is a country whose
            # ambassador the knowledge base lacks, or no country leads, no one
            host = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
            posted = {e.actor_id for e in entries if host is not None and e.destination == host}
            return next(iter(posted)) if len(posted) == 1 else None
        if len(ids) > 1:
            latest = max(entries, key=lambda e: e.role.from_ or date.min)
            same_start = [e for e in entries if e.role.from_ == latest.role.from_]
            return latest.actor_id if len(same_start) == 1 else None
        return next(iter(ids)) if ids else None

    def find(
        self,
        doc: Doc,
        published: date,
        names: dict[int, tuple[int, str]],
        names_from: dict[int, tuple[int, str]],
        countries: Sequence[str],
    ) -> list[RoleMatch]:
        """Role phrases in a parsed document.

        `names` maps the end token of each known name to (its start, anchor), and
        `names_from` the start token to (its end, anchor): anchors are `C:ISO3`
        for states and `A:id` for other actors.
        """
        out: list[RoleMatch] = []
        n = len(doc)
        if not self.first_words:
            self.first_words = {h.split()[0] for h in self.heads if h}
        w = token_table(doc)
        punct, space, lower, texts = w.is_punct, w.is_space, w.lower, w.text
        text, idx = doc_text(doc), w.idx
        i = 0
        while i < n:
            found = None
            if punct[i] or space[i] or lower[i] == "the":
                i += 1
                continue
            if not self._may_start(texts[i]):
                i += 1  # no role title starts with this word
                continue
            for width in range(min(MAX_HEAD_WORDS, n - i), 0, -1):
                if punct[i + width - 1]:
                    continue
                last = i + width - 1  # doc[i : last + 1].text, cut from the text
                key = _head_key(text[idx[i] : idx[last] + len(texts[last])])
                if key in self.heads:
                    found = (width, key)
                    break
            if found is None:
                i += 1
                continue
            width, key = found
            end = i + width
            anchor, begin, stop, named = self._anchor(doc, i, end, names, names_from)
            if anchor is None and i >= 1 and lower[i - 1] == "the":
                anchor = self.sole_anchor.get(key)  # "the Pope": one office in the world
            if anchor is None or (begin >= 1 and doc[begin - 1].lower_ in _PAST):
                i = end
                continue
            if stop < n and doc[stop].ent_type_ == "PERSON":
                i = end  # "Prime Minister Mohammed Shia al-Sudani": the name speaks for itself
                continue
            holder = self.holders(key, anchor, published, countries)
            if holder is not None:
                while begin >= 1 and doc[begin - 1].lower_ in _SKIP_BEFORE:
                    begin -= 1
                if begin >= 1 and doc[begin - 1].lower_ == "the":
                    begin -= 1
                out.append(RoleMatch(begin, stop, holder, *(named or (None, None))))
            i = max(end, stop)
        return out

    def _may_start(self, word: str) -> bool:
        """Whether some role title starts with this word (remembered per word)."""
        known = self._starts.get(word)
        if known is None:
            if len(self._starts) >= 100_000:
                self._starts.clear()
            known = self._starts[word] = _head_key(word).split(" ", 1)[0] in self.first_words
        return known

    def _anchor(
        self,
        doc: Doc,
        start: int,
        end: int,
        names: dict[int, tuple[int, str]],
        names_from: dict[int, tuple[int, str]],
    ) -> tuple[str | None, int, int, tuple[int, int] | None]:
        """(anchor, phrase start, phrase end, anchoring name's span) for a head title."""
        before = start
        while before >= 1 and doc[before - 1].lower_ in _SKIP_BEFORE:
            before -= 1
        if before >= 1:
            prev = doc[before - 1]
            if prev.tag_ == "POS" and before - 1 in names:  # "Iraq's", "Hezbollah's"
                first, anchor = names[before - 1]
                return anchor, first, end, (first, before - 1)
            nat = self.kb.agents.nationality(prev.text)
            if nat is not None and nat.country:  # "the Iraqi …", "the US …"
                return f"C:{nat.country}", before - 1, end, None
            if before in names:  # "the CENTCOM commander", "the Kurdistan Region prime minister"
                first, anchor = names[before]
                return anchor, first, end, (first, before)
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "for", "to"):
            at = end + 1
            if doc[at].lower_ == "the" and at + 1 < len(doc):
                at += 1
            if at in names_from:
                stop, anchor = names_from[at]
                return anchor, start, stop, (at, stop)
        return None, start, end, None
