"""The registry of news outlets: who published a piece, and who is being cited.

The data lives in ``data/outlets.yaml`` (one entry per outlet: canonical name,
variants, domains, country, language, kind, state affiliation). This module
loads and validates it, and answers three questions quickly:

* :meth:`OutletRegistry.canonical` -- which outlet does this name refer to?
  Names are compared case-, accent- and punctuation-insensitively, with a
  leading "The" and a trailing possessive "'s" optional.
* :meth:`OutletRegistry.by_domain` -- which outlet does this URL or host belong
  to? Subdomains belong to their parent domain.
* :meth:`OutletRegistry.find_in_text` -- which outlets are named in this line
  of text, and where? All names are compiled once into a single regular
  expression shaped like a trie (so a line is scanned once, whatever the size
  of the registry), then each hit is checked against the casing rules below.

Casing rules for :meth:`~OutletRegistry.find_in_text`:

* short all-capital abbreviations ("AP", "RT", "CRG", "SANA") must appear in
  capitals, so that "ap" or "Sana'a" is not taken for an outlet;
* names made only of ordinary words ("The Hill", "The Cradle", "Foreign Policy",
  "Dawn") must keep their capitals (a leading "the" may be in lower case), so
  that "the cradle of civilisation" is not taken for an outlet;
* every other name ("Al Mayadeen", "Press TV", "Haaretz") matches in any case.

Matches respect word boundaries; a change from a lower-case to a capital letter
also counts as one, so that glued text such as "The CradleThe Cradle" is still
read. Overlapping matches are resolved in favour of the longest.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from annalyst.knowledge import regexprogram
from annalyst.knowledge.codes import ISO3

__all__ = [
    "KINDS",
    "Outlet",
    "OutletRegistry",
    "OutletRegistryError",
    "default_registry",
    "name_key",
]

KINDS: Final = frozenset({"agency", "newspaper", "broadcaster", "magazine", "website", "blog"})

_ISO3: Final = ISO3

# Ordinary words. A name made only of these (and of numbers) must keep its
# capitals to be found in running text; in a script without capitals (Arabic,
# Hebrew) such a name ("الأخبار", "the news") is not looked for in text at all,
# though canonical() still knows it. Folded (see _fold) when the module loads.
_COMMON_WORD_LIST: Final = """
    a about above across act action affairs after again against age agency air al all also
    am an and any are army as asia at atlantic australian away back bank be been before
    being best big black blaze blue book both bureau business but by call can canary
    capital center centre century channel citizen city come common company conservative
    conversation country cradle daily dawn day days defence defense democracy diplomat
    dispatch do does down dreams each early east economic economist eight evening express
    eye fact federalist few fire first five for foreign forward four free from front gazette
    general global globe globes good great group guardian he her herald here hill him his
    hindu home hour hours house how i if in independent information inside insider institute
    intercept international is it its journal just land last late latest law life light
    line live local long made magazine mail make mako man many matin may me media men mid
    middle military mint mirror monitor more morning most my nation national network new
    news newspaper next night nine no not now observer of off office on one online only open
    or other our out over own page paper part patriot people plus point policy post press
    print public punch radio reason record reporter republic research review right round
    said salon same say says scotsman second see service seven she six slate so some south
    spectator standard star statecraft statesman still street such sun sunday system tablet
    telegraph television than that the their them then there these they third this those
    three through time times to today top tribune true two under union up us view voice wall
    war was watch way we week weekly well were west what when where which who why wire with
    without world year years you your
    de der des di die do dos du da das del den e el et il la las le les lo los und von y
    bild comercio corriere diario espectador globo folha jour journee libre milenio monde
    mundo nacion nacional noticias politico prensa presse proceso reforma repubblica
    republica semana siete soir soleil tag tages tiempo universal vanguardia welt zeit
    zeitung spiegel mehr
    akit antara cumhuriyet evrensel granma hurriyet kompas milliyet sozcu
    вести ведомости дождь звезда известия медуза правда
    الأخبار النهار البناء اللواء المسيرة العهد المنار الجريدة الجزيرة الميادين الأهرام
    العربي الجديد القدس الشرق الأوسط المصري اليوم السابع القاهرة الإخبارية الحياة الرأي
    الوطن الغد الدستور الثورة الصباح المدى السومرية العالم العربية
    הארץ היום ידיעות אחרונות
"""

# A few names that, followed by these words, name something else: "the
# Guardian Council" is an Iranian body, "CCTV footage" comes from a camera.
_NOT_FOLLOWED_BY: Final[dict[str, re.Pattern[str]]] = {
    key: re.compile(pattern, re.IGNORECASE)
    for key, pattern in {
        "guardian": r"\s+(?:councils?|angels)\b",
        "times": r"\s+square\b",
        "hindu": r"\s+(?:nationalis[mt]s?|right|community|temples?|majority)\b",
        "hill": r"\s+(?:stations?|country|tribes?|tops?|regions?|areas?|villages?)\b",
        "age": r"\s+of\b",
        "nation": r"\s+of\b",
        "cctv": r"\s+(?:footage|cameras?|images?|videos?|recordings?|surveillance|systems?|operators?|monitoring)\b",
        "rt": r"\s*[:@]",
    }.items()
}

# Arabic and Persian letters written in more than one way, folded to one.
_LETTER_GROUPS: Final = ("اأإآٱ", "يىی", "كک", "هة")
_LETTER_FOLD: Final = str.maketrans({c: g[0] for g in _LETTER_GROUPS for c in g[1:]})
_LETTER_GROUP_OF: Final = {c: g for g in _LETTER_GROUPS for c in g}

_WORD: Final = re.compile(r"[^\W_]+")
_POSSESSIVE: Final = re.compile(r"[’'‘`´ʼ][sS]$")
_TRAILING_JUNK: Final = re.compile(r"[\W_]+$")
_DOMAIN: Final = re.compile(r"^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,63}$")
_COUNTRY: Final = re.compile(r"^[A-Z]{3}$")
_LANGUAGE: Final = re.compile(r"^[a-z]{2}$")

# Word boundaries for find_in_text: the usual one (no letter or digit on the
# other side), or a glued lower-to-capital change ("CradleThe Cradle").
# (Names start and end with a letter or digit, so \b means "no letter or digit
# on the other side", and it is a single cheap test.)
_LEFT: Final = r"(?:\b|(?-i:(?=[A-Z])(?<=[a-z])))"
_RIGHT: Final = r"(?:\b|(?-i:(?=[A-Z])(?<=[a-z])))"
# Between the words of a name: one to three spaces or punctuation marks, so
# "al-Mayadeen", "Al Mayadeen" and "Al. Mayadeen" are read alike. (A plain
# category, not a character set: thousands of sets make compiling slow.)
_SEP: Final = r"\W{1,3}"
_SEP_UNIT: Final = "\x00"

_MAX_SHORT_ABBREVIATION: Final = 5
_DISPATCH_FANOUT: Final = 6
_MAX_VERDICTS: Final = 50_000


def _fold(text: str) -> str:
    """Lower-case, accent-free, with Arabic letter variants unified."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().translate(_LETTER_FOLD)


_COMMON_WORDS: Final = frozenset(_fold(word) for word in _COMMON_WORD_LIST.split())


def name_key(name: str) -> str:
    """The form under which names are compared: letters and digits only, folded.

    >>> name_key("al-Mayadeen") == name_key("Al Mayadeen") == name_key("Almayadeen")
    True
    >>> name_key("The Cradle") == name_key("Cradle")
    True
    """
    words = _WORD.findall(_fold(name))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE.sub("", _TRAILING_JUNK.sub("", name.strip()))


class OutletRegistryError(ValueError):
    """The outlet registry file is malformed or contradicts itself.

    ``problems`` holds one ``(line, outlet name, message)`` triple per problem
    found; ``str(error)`` lists them all, each with the file and line.
    """

    def __init__(self, source: str, problems: Sequence[tuple[int | None, str | None, str]]):
        self.source = source
        self.problems = list(problems)
        lines = [_describe_problem(source, *problem) for problem in self.problems]
        super().__init__("\n".join(lines))

    @property
    def line(self) -> int | None:
        """Line (1-based) of the first problem, if known."""
        return self.problems[0][0] if self.problems else None


def _describe_problem(source: str, line: int | None, name: str | None, message: str) -> str:
    where = f"{source}:{line}" if line is not None else source
    what = f"outlet {name!r}" if name is not None else "outlet registry"
    at = f" (line {line})" if line is not None else ""
    return f"{where}: {what}{at}: {message}"


class Outlet(BaseModel):
    """One news outlet (a brand, not a company)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: str = Field(min_length=1)
    variants: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    country: str | None
    language: str | None
    kind: str
    state_affiliated: bool = Field(strict=True)
    # The body that owns several brands (a state broadcaster, a media group): reports
    # from brands of one owner are not independent of each other.
    owner: str | None = Field(default=None, min_length=1)

    @field_validator("variants")
    @classmethod
    def _check_variants(cls, value: list[str]) -> list[str]:
        for variant in value:
            if not variant:
                raise ValueError("variants must not be empty strings")
        return value

    @field_validator("domains")
    @classmethod
    def _check_domains(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for domain in value:
            if domain != domain.lower():
                raise ValueError(f"domain {domain!r} must be in lower case")
            if domain.startswith("www."):
                raise ValueError(f"domain {domain!r} must not start with 'www.'")
            if not _DOMAIN.match(domain):
                raise ValueError(f"{domain!r} is not a domain name (no scheme, no path)")
            if domain in seen:
                raise ValueError(f"domain {domain!r} is listed twice")
            seen.add(domain)
        return value

    @field_validator("country")
    @classmethod
    def _check_country(cls, value: str | None) -> str | None:
        if value is not None and not (_COUNTRY.match(value) and value in _ISO3):
            raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 country code")
        return value

    @field_validator("country", "language", mode="before")
    @classmethod
    def _reject_booleans(cls, value: object) -> object:
        if isinstance(value, bool):
            raise ValueError(
                "got a boolean: quote the code (YAML reads no, yes, on, off as booleans)"
            )
        return value

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str | None) -> str | None:
        if value is not None and not _LANGUAGE.match(value):
            raise ValueError(f"{value!r} is not an ISO 639-1 language code")
        return value

    @field_validator("kind")
    @classmethod
    def _check_kind(cls, value: str) -> str:
        if value not in KINDS:
            raise ValueError(f"kind {value!r} is not one of {', '.join(sorted(KINDS))}")
        return value

    @property
    def names(self) -> list[str]:
        """The canonical name followed by the variants."""
        return [self.name, *self.variants]

    def __hash__(self) -> int:
        return hash(self.name)


# --- matching in text ---------------------------------------------------------

_ANY_CASE: Final = 0
_CAPITALISED: Final = 1
_EXACT: Final = 2


@dataclass(frozen=True, slots=True)
class _TextForm:
    outlet: Outlet
    words: tuple[str, ...]
    mode: int


def _form_mode(words: Sequence[str]) -> int:
    letters = [c for word in words for c in word if c.isalpha()]
    length = sum(len(word) for word in words)
    if (
        letters
        and length <= _MAX_SHORT_ABBREVIATION
        and any(c.isupper() for c in letters)
        and not any(c.islower() for c in letters)
    ):
        return _EXACT
    if all(word.isdigit() or _fold(word) in _COMMON_WORDS for word in words):
        return _CAPITALISED
    return _ANY_CASE


def _case_ok(form: _TextForm, words: Sequence[str]) -> bool:
    if form.mode == _ANY_CASE:
        return True
    if len(words) != len(form.words):
        return False
    if form.mode == _EXACT:
        return all(
            _strip_accents(a) == _strip_accents(b) for a, b in zip(form.words, words, strict=True)
        )
    for index, (expected, seen) in enumerate(zip(form.words, words, strict=True)):
        if index == 0 and len(words) > 1 and expected.casefold() == "the":
            continue
        if expected[0].isupper() and not seen[0].isupper():
            return False
    return True


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_char(char: str) -> str:
    """The trie unit for one character of a name: its folded form if that is a
    single character, else the character itself."""
    folded = _fold(char)
    return folded if len(folded) == 1 else char


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    # The characters seen in names at each child: "e" and "é" share the unit
    # "e", so that "Libération" also matches "Liberation" (the edge is [eé]).
    spellings: dict[str, set[str]] = field(default_factory=dict)
    terminal: bool = False


class _Matcher:
    """All text forms of all outlets compiled into one trie-shaped regex."""

    def __init__(self, forms: Iterable[_TextForm]):
        self._forms: dict[str, list[_TextForm]] = {}
        root = _Node()
        for form in forms:
            key = name_key(" ".join(form.words))
            self._forms.setdefault(key, []).append(form)
            node = root
            for index, word in enumerate(form.words):
                if index:
                    node = node.children.setdefault(_SEP_UNIT, _Node())
                for char in word:
                    unit = _fold_char(char)
                    lowered = char.lower()  # "İ".lower() is two characters
                    node.spellings.setdefault(unit, set()).add(
                        lowered if len(lowered) == 1 else char
                    )
                    node = node.children.setdefault(unit, _Node())
            node.terminal = True
        body = self._render(root) or "(?!)"  # no names: match nothing
        self._source = f"{_LEFT}(?:{body}){_RIGHT}"
        self._pattern: re.Pattern[str] | None = None
        self._program: regexprogram.Program | None = None
        self._verdicts: dict[str, tuple[Outlet, int, str] | None] = {}

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex (built on first use: a cached matcher keeps its source and
        the engine's program, so that loading it does not compile it again)."""
        if self._pattern is None:
            self._pattern = regexprogram.pattern(self._source, re.IGNORECASE, self._program)
        return self._pattern

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["_pattern"] = None
        state["_verdicts"] = {}
        if self._program is None:
            state["_program"] = regexprogram.program(self._source, re.IGNORECASE)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        state.setdefault("_program", None)
        self.__dict__.update(state)

    @staticmethod
    def _char_set(unit: str, chars: set[str]) -> set[str]:
        expanded = {unit, *chars}
        for char in chars:
            expanded.update(_LETTER_GROUP_OF.get(char, ""))
        return expanded

    @staticmethod
    def _char_class(chars: set[str]) -> str:
        if len(chars) == 1:
            return re.escape(next(iter(chars)))
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    def _render(self, node: _Node) -> str:
        # Children start with distinct (folded) characters, so at most one can
        # match; each optional tail is greedy, so the longest name wins.
        branches: list[tuple[set[str], str]] = []
        alternatives: list[str] = []
        for unit in sorted(node.children):
            tail = self._render(node.children[unit])
            if unit == _SEP_UNIT:
                alternatives.append(_SEP + tail)
            else:
                chars = self._char_set(unit, node.spellings[unit])
                branches.append((chars, self._char_class(chars) + tail))
        if branches:
            alternatives.append(self._dispatch(branches))
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if node.terminal else body

    @classmethod
    def _dispatch(cls, branches: list[tuple[set[str], str]]) -> str:
        """Alternatives as a binary search on their first character.

        The regex engine tries alternatives one after the other; with dozens
        of them (as at the root) a lookahead on the first half's characters
        halves the work at each step.
        """
        if len(branches) <= _DISPATCH_FANOUT:
            if len(branches) == 1:
                return branches[0][1]
            return "(?:" + "|".join(pattern for _, pattern in branches) + ")"
        middle = len(branches) // 2
        first = set().union(*(chars for chars, _ in branches[:middle]))
        return (
            f"(?:(?={cls._char_class(first)}){cls._dispatch(branches[:middle])}"
            f"|{cls._dispatch(branches[middle:])})"
        )

    def _judge(self, matched: str) -> tuple[Outlet, int, str] | None:
        """The outlet named by a regex hit, as (outlet, length, key), or None.

        The hit is checked against the casing rules; when the longest name is
        rejected ("Map" is not "MAP"), shorter names at the same place are
        tried. The answer depends on the hit alone, so it is memoised.
        """
        try:
            return self._verdicts[matched]
        except KeyError:
            pass
        verdict: tuple[Outlet, int, str] | None = None
        end = len(matched)
        while end > 0:
            key = name_key(matched[:end])
            outlet = self._outlet_for(key, matched[:end])
            if outlet is not None:
                verdict = (outlet, end, key)
                break
            # Matching with an end position makes the regex treat it as the end
            # of the text, so the right boundary is checked here instead.
            while True:
                shorter = self.pattern.match(matched, 0, end - 1) if end > 1 else None
                if shorter is None:
                    end = 0
                    break
                end = shorter.end()
                if _right_boundary(matched, end):
                    break
        if len(self._verdicts) >= _MAX_VERDICTS:
            self._verdicts.clear()
        self._verdicts[matched] = verdict
        return verdict

    def _outlet_for(self, key: str, matched: str) -> Outlet | None:
        forms = self._forms.get(key)
        if not forms:
            return None
        words = _WORD.findall(matched)
        for form in forms:
            if _case_ok(form, words):
                return form.outlet
        return None

    def find(self, text: str) -> list[tuple[Outlet, int, int]]:
        found: list[tuple[int, int, Outlet]] = []
        search = self.pattern.search
        position = 0
        while position < len(text):
            match = search(text, position)
            if match is None:
                break
            start = match.start()
            verdict = self._judge(match.group())
            if verdict is not None:
                outlet, length, key = verdict
                end = start + length
                excluded = _NOT_FOLLOWED_BY.get(key)
                if excluded is None or excluded.match(text, end) is None:
                    found.append((start, end, outlet))
            position = start + 1
        if len(found) > 1:
            found = _longest_first(found)
        return [(outlet, start, end) for start, end, outlet in found]


def _right_boundary(text: str, end: int) -> bool:
    """Whether a name may end just before ``text[end]`` (see _RIGHT)."""
    if end >= len(text) or not text[end].isalnum():
        return True
    return "a" <= text[end - 1] <= "z" and "A" <= text[end] <= "Z"


def _longest_first(found: list[tuple[int, int, Outlet]]) -> list[tuple[int, int, Outlet]]:
    """Keep the longest of overlapping matches (the earliest on a tie)."""
    kept: list[tuple[int, int, Outlet]] = []
    for start, end, outlet in sorted(found, key=lambda hit: (hit[0] - hit[1], hit[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in kept):
            kept.append((start, end, outlet))
    return sorted(kept, key=lambda hit: hit[0])


def _text_forms(outlet: Outlet) -> Iterator[_TextForm]:
    seen: set[tuple[str, ...]] = set()
    plain = {name_key(name) for name in outlet.names}
    for name in outlet.names:
        words = tuple(_WORD.findall(name))
        if not words or words in seen:
            continue
        possessive = _POSSESSIVE.search(name.rstrip())
        if possessive and name_key(name.rstrip()[: possessive.start()]) in plain:
            continue  # "Press TV’s": the match should cover the name, not the "’s"
        seen.add(words)
        mode = _form_mode(words)
        if mode == _CAPITALISED and not any(c.isupper() for word in words for c in word):
            continue  # ordinary words in a script without capitals: too ambiguous
        yield _TextForm(outlet, words, mode)


# --- the registry ---------------------------------------------------------------


class OutletRegistry:
    """Outlets indexed by name key, by domain, and for searching text."""

    def __init__(
        self,
        outlets: Iterable[Outlet],
        *,
        source: str = "<outlets>",
        lines: Sequence[int | None] | None = None,
    ):
        self._outlets = list(outlets)
        self.source = source
        line_of = list(lines) if lines is not None else [None] * len(self._outlets)
        self._by_key: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        key_owner: dict[str, tuple[int, str]] = {}  # key -> (outlet index, name as written)
        domain_owner: dict[str, int] = {}
        problems: list[tuple[int | None, str | None, str]] = []
        for index, outlet in enumerate(self._outlets):
            for position, name in enumerate(outlet.names):
                key = name_key(name)
                label = "name" if position == 0 else "variant"
                if not key:
                    problems.append(
                        (line_of[index], outlet.name, f"{label} {name!r} has no letters or digits")
                    )
                    continue
                owner = key_owner.get(key)
                if owner is None:
                    key_owner[key] = (index, name)
                    self._by_key[key] = outlet
                elif owner[0] != index:
                    other = self._outlets[owner[0]]
                    other_line = line_of[owner[0]]
                    where = f" (line {other_line})" if other_line is not None else ""
                    if position == 0 and name_key(other.name) == key:
                        message = f"duplicate canonical name {name!r}: already used by {other.name!r}{where}"
                    else:
                        message = f"{label} {name!r} is already claimed by outlet {other.name!r}{where} as {owner[1]!r}"
                    problems.append((line_of[index], outlet.name, message))
            for domain in outlet.domains:
                previous = domain_owner.get(domain)
                if previous is None:
                    domain_owner[domain] = index
                    self._by_domain[domain] = outlet
                elif previous != index:
                    other_line = line_of[previous]
                    where = f" (line {other_line})" if other_line is not None else ""
                    problems.append(
                        (
                            line_of[index],
                            outlet.name,
                            f"domain {domain!r} is already claimed by outlet {self._outlets[previous].name!r}{where}",
                        )
                    )
        if problems:
            raise OutletRegistryError(source, problems)
        self._matcher: _Matcher | None = None

    # -- loading ---------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> OutletRegistry:
        """Read and validate a registry file (by default, the packaged one)."""
        if path is None:
            resource = resources.files("annalyst.knowledge").joinpath("data", "outlets.yaml")
            text = resource.read_text(encoding="utf-8")
            source = str(resource)
        else:
            source = str(path)
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise OutletRegistryError(
                    source, [(None, None, f"cannot read file: {exc}")]
                ) from exc
        return cls.from_yaml(text, source=source)

    @classmethod
    def from_yaml(cls, text: str, *, source: str = "<string>") -> OutletRegistry:
        """Build a registry from YAML text; errors name ``source`` and the line."""
        entries = _parse_entries(text, source)
        outlets: list[Outlet] = []
        lines: list[int | None] = []
        problems: list[tuple[int | None, str | None, str]] = []
        for number, (data, line) in enumerate(entries, start=1):
            raw_name = data.get("name")
            label = (
                raw_name.strip()
                if isinstance(raw_name, str) and raw_name.strip()
                else f"entry #{number}"
            )
            try:
                outlets.append(Outlet.model_validate(data))
                lines.append(line)
            except ValidationError as exc:
                for error in exc.errors():
                    problems.append((line, label, _describe_validation_error(error)))
        if problems:
            raise OutletRegistryError(source, problems)
        return cls(outlets, source=source, lines=lines)

    # -- access ----------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._outlets)

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._outlets)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    @property
    def outlets(self) -> list[Outlet]:
        return list(self._outlets)

    def get(self, name: str) -> Outlet | None:
        """The outlet a name or variant refers to, or None.

        Case, accents, punctuation, spacing, a leading "The" and a trailing
        possessive ("Press TV’s") are ignored.
        """
        outlet = self._by_key.get(name_key(name))
        if outlet is None:
            bare = _strip_possessive(name)
            if bare != name:
                outlet = self._by_key.get(name_key(bare))
        return outlet

    def canonical(self, name: str) -> str | None:
        """The canonical name for a name or variant, or None if unknown."""
        outlet = self.get(name)
        return outlet.name if outlet is not None else None

    def by_domain(self, url_or_host: str) -> Outlet | None:
        """The outlet a URL or host name belongs to; subdomains count as their parent."""
        host = _host_of(url_or_host)
        if not host:
            return None
        labels = host.split(".")
        for start in range(len(labels) - 1):
            outlet = self._by_domain.get(".".join(labels[start:]))
            if outlet is not None:
                return outlet
        return None

    def find_in_text(self, text: str) -> list[tuple[Outlet, int, int]]:
        """Every outlet named in ``text``, as ``(outlet, start, end)`` in text order."""
        if not text:
            return []
        matcher = self._matcher
        if matcher is None:
            matcher = self._matcher = _Matcher(
                form for outlet in self._outlets for form in _text_forms(outlet)
            )
        return matcher.find(text)


def _host_of(url_or_host: str) -> str | None:
    candidate = url_or_host.strip()
    if not candidate:
        return None
    if "://" not in candidate and not candidate.startswith("//"):
        candidate = "//" + candidate
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.rstrip(".").lower()


def _describe_validation_error(error: Any) -> str:
    location = ".".join(str(part) for part in error.get("loc", ())) or "entry"
    if error.get("type") == "missing":
        return f"missing required field {location!r}"
    if error.get("type") == "extra_forbidden":
        return f"unknown field {location!r}"
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"{location}: {message}"


def _parse_entries(text: str, source: str) -> list[tuple[dict[str, Any], int]]:
    """The entries of a registry file, each with its (1-based) line number."""
    loader_class: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return []
        _check_duplicate_keys(root, source)
        data = loader.construct_document(root)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise OutletRegistryError(source, [(line, None, f"invalid YAML: {exc}")]) from exc
    finally:
        loader.dispose()
    if not isinstance(root, yaml.SequenceNode) or not isinstance(data, list):
        line = root.start_mark.line + 1
        raise OutletRegistryError(source, [(line, None, "the file must be a list of outlets")])
    entries: list[tuple[dict[str, Any], int]] = []
    problems: list[tuple[int | None, str | None, str]] = []
    for number, (node, item) in enumerate(zip(root.value, data, strict=True), start=1):
        line = node.start_mark.line + 1
        if isinstance(item, dict):
            entries.append((item, line))
        else:
            problems.append((line, f"entry #{number}", "each outlet must be a mapping of fields"))
    if problems:
        raise OutletRegistryError(source, problems)
    return entries


def _check_duplicate_keys(root: yaml.Node, source: str) -> None:
    """PyYAML keeps the last of repeated keys silently; report them instead."""
    if not isinstance(root, yaml.SequenceNode):
        return
    problems: list[tuple[int | None, str | None, str]] = []
    for node in root.value:
        if not isinstance(node, yaml.MappingNode):
            continue
        names = [
            str(value.value)
            for key, value in node.value
            if key.value == "name" and isinstance(value, yaml.ScalarNode)
        ]
        seen: set[str] = set()
        for key_node, _ in node.value:
            key = str(key_node.value)
            if key in seen:
                problems.append(
                    (
                        node.start_mark.line + 1,
                        names[0] if names else None,
                        f"field {key!r} is given twice (again at line {key_node.start_mark.line + 1})",
                    )
                )
            seen.add(key)
    if problems:
        raise OutletRegistryError(source, problems)


#: Bump when the pickled layout of the registry changes (the cache key includes it).
CACHE_FORMAT = 2  # 2: the name matcher keeps its regex program


@lru_cache(maxsize=1)
def default_registry() -> OutletRegistry:
    """The packaged registry, loaded once (from the compiled-knowledge cache when it can)."""
    from annalyst.knowledge import compiled

    data = resources.files("annalyst.knowledge").joinpath("data", "outlets.yaml")
    try:
        key = compiled.digest(
            fmt=CACHE_FORMAT, files=[Path(str(data))], modules=[__name__, regexprogram.__name__]
        )
    except OSError:
        return OutletRegistry.load()
    return compiled.load_or_build("outlets", key, _build_default, OutletRegistry)


def _build_default() -> OutletRegistry:
    registry = OutletRegistry.load()
    registry.find_in_text("-")  # builds the name matcher, so that it is cached too
    return registry
