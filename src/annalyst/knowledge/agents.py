"""The agents lexicon: generic actors named by role or kind ("security forces",
"gunmen", "Palestinian youths") with their sectors, nationality adjectives and
identities, read from the packaged ``agents.yaml``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from annalyst.knowledge.actor_files import (
    SECTORS,
    KnowledgeBaseError,
    _compose,
    _node_to_py,
    data_dir,
    normalize_alias,
)
from annalyst.knowledge.codes import ISO3


@dataclass(frozen=True)
class AgentMatch:
    """A generic actor read from a phrase such as "Iraqi lawmakers"."""

    text: str
    country: str | None
    region: str | None
    sectors: tuple[str, ...]
    nationality: str | None
    noun: str | None
    # The name shown for it when the words leave out whose it is: "government (Haiti)"
    # for "the government" of an article about Haiti.
    name: str | None = None

    def ref(self) -> dict[str, Any]:
        """An ACTOR-shaped record (provisional id) for this generic actor."""
        place = self.country or (self.region or "").lower().replace(" ", "-") or "x"
        sec = "-".join(s.lower() for s in self.sectors) or "people"
        return {
            "id": f"~agent:{place}:{sec}",
            "name": self.name or self.text,
            "text": self.text,
            "country": self.country,
            "sectors": list(self.sectors),
            "type": "group",
        }


@dataclass(frozen=True)
class Nationality:
    """What a nationality word points to: a country, a region, or both."""

    word: str
    country: str | None
    region: str | None


@dataclass
class AgentLexicon:
    """Agent nouns (lawmakers, troops, …) with their sectors, nationality words with
    their countries, and identity words (Shia, Sunni, …)."""

    nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    nationalities: dict[str, Nationality] = field(default_factory=dict)
    identities: dict[str, str] = field(default_factory=dict)
    source: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> AgentLexicon:
        """Read an agents file (default: the packaged ``agents.yaml``)."""
        if path is None:
            return _default_agents()
        return cls._load(path)

    @classmethod
    def _load(cls, path: Path) -> AgentLexicon:
        root, errors = _compose(path)
        if root is None:
            raise KnowledgeBaseError(errors)
        if not isinstance(root, yaml.MappingNode):
            raise KnowledgeBaseError(
                [f"{path}:{root.start_mark.line + 1}: ?: -: agents file must be a mapping"]
            )
        lex = cls(source=str(path))
        problems: list[str] = []
        for key, value in root.value:
            section = key.value if isinstance(key, yaml.ScalarNode) else "?"
            if section not in {"agents", "nationalities", "identities"}:
                problems.append(f"{path}:{key.start_mark.line + 1}: ?: {section}: unknown section")
                continue
            if not isinstance(value, yaml.SequenceNode):
                problems.append(f"{path}:{value.start_mark.line + 1}: ?: {section}: must be a list")
                continue
            for item in value.value:
                line = item.start_mark.line + 1
                data = _node_to_py(item)
                if not isinstance(data, dict):
                    problems.append(f"{path}:{line}: ?: {section}: item must be a mapping")
                    continue
                problems.extend(lex._add(section, data, f"{path}:{line}"))
        if problems:
            raise KnowledgeBaseError(problems)
        return lex

    def _add(self, section: str, data: dict[str, Any], where: str) -> list[str]:
        problems: list[str] = []
        words = data.get("words")
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            return [f"{where}: ?: {section}.words: must be a list of strings"]
        if section == "agents":
            sectors = data.get("sectors")
            if not isinstance(sectors, list) or not sectors:
                return [f"{where}: ?: agents.sectors: must be a non-empty list"]
            bad = [s for s in sectors if s not in SECTORS]
            if bad:
                return [f"{where}: ?: agents.sectors: unknown sector code {bad[0]!r}"]
            for w in words:
                key = normalize_alias(w)
                if key in self.nouns and self.nouns[key] != tuple(sectors):
                    problems.append(f"{where}: ?: agents.words: {w!r} listed twice")
                self.nouns[key] = tuple(sectors)
        elif section == "nationalities":
            country = data.get("country")
            region = data.get("region")
            if country is not None and country not in ISO3:
                return [f"{where}: ?: nationalities.country: not an ISO-3 code {country!r}"]
            if country is None and not region:
                return [f"{where}: ?: nationalities: needs a country or a region"]
            for w in words:
                key = normalize_alias(w)
                if key in self.nationalities and self.nationalities[key].country != country:
                    problems.append(f"{where}: ?: nationalities.words: {w!r} listed twice")
                self.nationalities[key] = Nationality(w, country, region)
        else:
            identity = data.get("identity")
            if not isinstance(identity, str):
                return [f"{where}: ?: identities.identity: must be a string"]
            for w in words:
                self.identities[normalize_alias(w)] = identity
        return problems

    def sectors_of(self, noun: str) -> tuple[str, ...] | None:
        """Sectors of an agent noun ("lawmakers" → (LEG,)), or None."""
        return self.nouns.get(normalize_alias(noun))

    def nationality(self, word: str) -> Nationality | None:
        """Country/region of a nationality word ("Iraqi" → IRQ), or None."""
        return self.nationalities.get(normalize_alias(word))

    def parse(self, phrase: str) -> AgentMatch | None:
        """Read "[the] [nationality] agent-noun" phrases: "Iraqi lawmakers" → IRQ LEG,
        "US forces" → USA MIL, "protesters" → OPP CVL, "Iraqis" → IRQ."""
        # Remembered per lexicon (in its __dict__, so that older pickles still load): the
        # same noun phrases come back in every article, and the answer is immutable.
        memo: dict[str, AgentMatch | None] = self.__dict__.setdefault("_parsed", {})
        if phrase in memo:
            return memo[phrase]
        if len(memo) >= 100_000:
            memo.clear()
        match = memo[phrase] = self._parse(phrase)
        return match

    def _parse(self, phrase: str) -> AgentMatch | None:
        key = normalize_alias(phrase)
        if not key:
            return None
        tokens = key.split()
        # longest nationality prefix, then the rest must be an agent noun (or nothing)
        for cut in range(min(len(tokens), 4), -1, -1):
            nat = self.nationalities.get(" ".join(tokens[:cut])) if cut else None
            if cut and nat is None:
                continue
            rest = " ".join(tokens[cut:])
            if not rest:
                if nat is None:
                    return None
                return AgentMatch(phrase, nat.country, nat.region, (), nat.word, None)
            sectors = self.nouns.get(rest)
            if sectors is None and phrase[:1].isalnum():  # (not "-resistance …" of a word)
                sectors = self._of_a_body(rest)
            if sectors is None:
                continue
            return AgentMatch(
                phrase,
                nat.country if nat else None,
                nat.region if nat else None,
                sectors,
                nat.word if nat else None,
                rest,
            )
        return None

    def _of_a_body(self, words: str) -> tuple[str, ...] | None:
        """Sectors of people named by the body they belong to and an agent noun: "union
        leaders" (labour), "opposition lawmakers" (opposition and legislators), "court
        officials" (judiciary); the body's sectors first, a generic officialdom dropped."""
        parts = words.split()
        if len(parts) != 2 or parts[0] not in _BODIES:
            return None  # (not "deputy commander": a rank, one person)
        body, people = self.nouns.get(parts[0]), self.nouns.get(parts[1])
        if body is None or people is None:
            return None
        kept = [s for s in people if s not in body and (s != "GOV" or "GOV" in body)]
        return (*body, *kept)

    def items(self) -> Iterator[tuple[str, str]]:
        """(word, kind) pairs for building matchers; kind is agent/nationality/identity."""
        for key in self.nouns:
            yield key, "agent"
        for nat in self.nationalities.values():
            yield nat.word, "nationality"
        for key in self.identities:
            yield key, "identity"


# Bodies whose name before an agent noun says whom the people belong to.
_BODIES = frozenset({"union", "opposition", "army", "police", "party", "court", "government",
                     "military", "militia", "navy", "church", "parliament", "resistance",
                     "rebel", "separatist", "guerrilla", "insurgent", "junta", "regime",
                     "cabinet", "ministry", "senate", "congress", "prison"})  # fmt: skip


@lru_cache(maxsize=1)
def _default_agents() -> AgentLexicon:
    return AgentLexicon._load(data_dir() / "agents.yaml")
