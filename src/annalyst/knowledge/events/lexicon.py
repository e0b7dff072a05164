"""The loaded lexicon: candidate triggers by lemma, matching a token, refining a
trigger's mode from a weapon named around it, and the lexicon's spaCy patterns."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from annalyst.knowledge.events.context import TriggerContext
from annalyst.knowledge.events.patterns import (
    PhrasePattern,
    dependency_patterns,
    phrase_patterns,
)
from annalyst.knowledge.events.trigger import Instrument, Trigger

# Words that, closing a name, make it the name of an act: "the Negev Summit", "the
# Geneva Conference", "the Battle of Mosul" is no organisation.
_EVENT_NAME_HEADS = frozenset({"summit", "conference", "talks", "battle", "massacre", "uprising"})


def _names_an_event(token: Any) -> bool:
    """Whether a capitalised word heads the name of a gathering or a battle."""
    if str(token.lower_) not in _EVENT_NAME_HEADS:
        return False
    return _entity_end(token) == token.i or str(token.lower_) == "battle"


def _entity_end(token: Any) -> int:
    """Index of the last token of the entity ``token`` is in."""
    doc = token.doc
    i = int(token.i)
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return i


_NAME_ENTITIES = frozenset(
    {"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
)


_MEMO_SIZE = 100_000


class EventLexicon:
    """The event lexicon: triggers by lemma, phrase patterns and matching helpers."""

    def __init__(
        self,
        entries: Sequence[Trigger],
        classes: Mapping[str, tuple[str, ...]],
        instruments: Sequence[Instrument] = (),
    ):
        self.entries: tuple[Trigger, ...] = tuple(entries)
        self.classes: dict[str, tuple[str, ...]] = dict(classes)
        self.instruments: dict[str, list[Instrument]] = {}
        for inst in instruments:
            self.instruments.setdefault(inst.word, []).append(inst)
        self._order = {t.id: i for i, t in enumerate(self.entries)}
        self._by_id = {t.id: t for t in self.entries}
        self._by_lemma: dict[str, list[Trigger]] = {}
        for trigger in self.entries:
            if trigger.lemma is not None:
                self._by_lemma.setdefault(trigger.lemma, []).append(trigger)
        for triggers in self._by_lemma.values():
            triggers.sort(key=self._rank)

    def _rank(self, trigger: Trigger) -> tuple[int, int, int]:
        return (-trigger.priority, -trigger.specificity, self._order[trigger.id])

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Trigger]:
        return iter(self.entries)

    def __contains__(self, trigger_id: object) -> bool:
        return trigger_id in self._by_id

    def get(self, trigger_id: str) -> Trigger | None:
        return self._by_id.get(trigger_id)

    def lemmas(self) -> frozenset[str]:
        """Every single-token trigger lemma."""
        return frozenset(self._by_lemma)

    def by_type(self, type: str) -> list[Trigger]:
        return [t for t in self.entries if t.type == type]

    def by_lemma(self, lemma: str, pos: str | None = None) -> list[Trigger]:
        """Candidate triggers for a token, most specific first.

        The lemma is lower-cased; when unknown, a naive singular ("rockets" ->
        "rocket") is tried, which covers lemmatiser misses on capitalised nouns.
        ``pos`` is a universal tag (PROPN counts as NOUN, AUX as VERB); None matches
        every entry. The candidates' ``requires`` still have to be checked
        (:meth:`Trigger.accepts`, :meth:`match_token`)."""
        if not isinstance(lemma, str):
            return []
        key = lemma.strip().lower().replace("’", "'")
        found = self._by_lemma.get(key)
        if found is None and len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
            found = self._by_lemma.get(key[:-1])
        if not found:
            return []
        if pos is None:
            return list(found)
        tag = {"PROPN": "NOUN", "AUX": "VERB"}.get(pos, pos)
        return [t for t in found if tag in t.pos]

    def _phrases_by_last_word(self) -> dict[str, list[Trigger]]:
        index: dict[str, list[Trigger]] | None = self.__dict__.get("_phrase_index")
        if index is None:
            index = {}
            for trigger in self.entries:
                if trigger.phrase:
                    index.setdefault(trigger.phrase[-1], []).append(trigger)
            for triggers in index.values():
                triggers.sort(key=self._rank)
            self.__dict__["_phrase_index"] = index
        return index

    def match_phrase(self, token: Any) -> list[Trigger]:
        """Phrase triggers ("state of emergency", "cease-fire", "into custody") that
        end at a spaCy token, best first: each word matches a token's lower-case form
        or lemma, and the requirements are checked on the last token."""
        index = self._phrases_by_last_word()
        candidates = index.get(str(token.lower_)) or index.get(str(token.lemma_).lower())
        if not candidates:
            return []
        doc = token.doc
        found = []
        for trigger in candidates:
            words = trigger.phrase or ()
            first = token.i - len(words) + 1
            if first < (token.sent.start if doc.has_annotation("SENT_START") else 0):
                continue
            if all(
                w in (doc[first + k].lower_, doc[first + k].lemma_.lower())
                for k, w in enumerate(words)
            ):
                found.append(trigger)
        if not found:
            return []
        ctx = TriggerContext.from_token(token)
        return [t for t in found if t.accepts(ctx)]

    def _memo(self, name: str) -> dict[Any, bool]:
        # Answers remembered per lexicon (not pickled with it: see __getstate__).
        memo: dict[Any, bool] | None = self.__dict__.get(name)
        if memo is None or len(memo) > _MEMO_SIZE:
            memo = self.__dict__[name] = {}  # bounded: a long run's vocabulary keeps growing
        return memo

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_memo_")}

    def phrase_end_words(self) -> frozenset[str]:
        """The words (lower-case forms or lower-cased lemmas) a phrase trigger can end with:
        ``ends_phrase(lemma, lower)`` is ``lower in words or lemma.lower() in words``."""
        words: frozenset[str] | None = self.__dict__.get("_phrase_ends")
        if words is None:
            words = self.__dict__["_phrase_ends"] = frozenset(self._phrases_by_last_word())
        return words

    def ends_phrase(self, lemma: str, lower: str) -> bool:
        """Whether a token with this lemma or lower-case form can end a phrase trigger
        (a cheap test before :meth:`match_phrase` reads the words before it)."""
        memo = self._memo("_memo_ends")
        key = (lemma, lower)
        answer = memo.get(key)
        if answer is None:
            index = self._phrases_by_last_word()
            answer = memo[key] = lower in index or lemma.lower() in index
        return answer

    def has_candidates(self, lemma: str, lower: str, pos: str) -> bool:
        """Whether :meth:`match_token` can find anything for a token with this lemma,
        lower-case form and POS (a cheap test before reading the token's context)."""
        memo = self._memo("_memo_candidates")
        key = (lemma, lower, pos)
        answer = memo.get(key)
        if answer is None:
            answer = memo[key] = bool(self.by_lemma(lemma, pos) or self.by_lemma(lower, pos))
        return answer

    def instrument(self, word: str, type: str | None = None) -> Instrument | None:
        """The instrument reading of a weapon word (for ``type``, if given)."""
        for inst in self.instruments.get(word.strip().lower(), ()):
            if type is None or inst.type == type:
                return inst
        return None

    def refine(self, trigger: Trigger, ctx: TriggerContext) -> Trigger:
        """The trigger with its mode, CAMEO code and intensity taken from a weapon
        named around it, when the trigger has no mode of its own; else unchanged.

        Instruments ("with drones") are looked at first, then subjects ("rockets hit
        ..."), then modifiers; objects never (a drone shot down is the target)."""
        if trigger.mode is not None:
            return trigger
        for words in (ctx.instruments, ctx.subjects, ctx.modifiers):
            for word in sorted(words):
                inst = self.instrument(word, trigger.type)
                if inst is not None:
                    return trigger.model_copy(
                        update={"mode": inst.mode, "cameo": inst.cameo, "intensity": inst.intensity}
                    )
        return trigger

    def match_token(
        self, token: Any, *, refine: bool = True, skip_names: bool = True, words: Any = None
    ) -> list[Trigger]:
        """Triggers whose lemma, POS and requirements fit a spaCy token, best first.

        With ``refine`` (default), a trigger without a mode gets one from a weapon
        named around it (:meth:`refine`); the returned copy keeps the entry's id.
        With ``skip_names`` (default), a capitalised word inside a named entity that
        is not an event ("Shanghai Cooperation Organization", "Abraham Accords",
        "Popular Mobilization Forces") is no trigger.

        ``words``, the token table of the token's document (``annalyst.nlp.tokentable``),
        lets the context be read from it (:meth:`TriggerContext.from_words`: the same
        answer, without making spaCy ``Token`` objects)."""
        if words is not None:
            i = token.i
            ent_type, text = words.ent_type[i], words.text[i]
            lemma, lower, pos = words.lemma[i], words.lower[i], words.pos[i]
        else:
            ent_type, text = str(getattr(token, "ent_type_", "")), str(token.text)
            lemma, lower, pos = str(token.lemma_), str(token.lower_), str(token.pos_)
        if (
            skip_names
            and ent_type in _NAME_ENTITIES
            and text[:1].isupper()
            and not _names_an_event(token)
        ):
            return []
        candidates = self.by_lemma(lemma, pos)
        if not candidates and lower != lemma.lower():
            candidates = self.by_lemma(lower, pos)
        if not candidates:
            return []
        # The other words of the sentence matter only to entries with context lists.
        sentence = any(t.requires.context or t.requires.exclude for t in candidates)
        if words is not None:
            ctx = TriggerContext.from_words(words, token.i, sentence=sentence)
        else:
            ctx = TriggerContext.from_token(token, sentence=sentence)
        found = [t for t in candidates if t.accepts(ctx)]
        if refine:
            found = [self.refine(t, ctx) for t in found]
        return found

    # -- spaCy patterns

    def phrases(self) -> list[PhrasePattern]:
        """Token patterns for spaCy's ``Matcher``: fixed phrases, modifier + noun
        compounds ("drone strike"), verb + particle ("pull out") and light verb + noun
        ("carried out an attack", "imposed new sanctions", "held talks").

        Contiguous approximations only: the requirements that the pattern cannot
        express (context, exclusions, objects ...) still have to be checked with
        :meth:`Trigger.accepts`."""
        return phrase_patterns(self.entries)

    def dependency_patterns(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """Patterns for spaCy's ``DependencyMatcher``, keyed by trigger id.

        The anchor node is ``"trigger"``; structural requirements add the nodes
        ``particle``, ``prep``, ``object``, ``subject`` (with ``agent`` for passives),
        ``modifier``, ``governor`` (with ``gov_prep`` and ``governor_particle``) and
        ``complement``. Context, exclusions and the ``not_*`` lists are not encoded:
        check them with :meth:`Trigger.accepts`. Phrase entries are left to
        :meth:`phrases`."""
        return dependency_patterns(self.entries)

    def __repr__(self) -> str:
        return f"EventLexicon({len(self.entries)} entries, {len(self._by_lemma)} lemmas)"
