"""How place names are compared: normalisation, generic suffixes, transliteration skeletons.

Names are compared after :func:`normalize_name`: case, diacritics and apostrophes are
ignored, hyphens count as spaces, a leading "the" and Arabic articles ("al-", "el-",
"ad-", "ash-", ...) are dropped. A lookup that finds nothing retries without a generic
suffix ("Anbar province", "Kirkuk airport"), without a direction word ("Greater Idlib")
and finally on a consonant skeleton of the name (:func:`skeletons`), which absorbs
transliteration variants ("Sulaymaniya", "Kirkouk").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Literal

Precision = Literal["site", "city", "county", "region", "country", "continent"]
Form = Literal["name", "adjective", "in-name"]

# Arabic (and Persian/Hebrew transliteration) articles dropped inside names.
ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ul", "ez", "es")

# Generic words that may follow a name, with the class of place they announce.
SUFFIXES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("international", "airport"), "site"),
    (("military", "airport"), "site"),
    (("air", "base"), "site"),
    (("airbase",), "site"),
    (("air", "field"), "site"),
    (("airfield",), "site"),
    (("airport",), "site"),
    (("military", "base"), "site"),
    (("base",), "site"),
    (("garrison",), "site"),
    (("oil", "field"), "site"),
    (("oilfield",), "site"),
    (("gas", "field"), "site"),
    (("field",), "site"),
    (("border", "crossing"), "site"),
    (("crossing",), "site"),
    (("province",), "region"),
    (("governorate",), "region"),
    (("region",), "region"),
    (("oblast",), "region"),
    (("prefecture",), "region"),
    (("district",), "region"),
    (("county",), "county"),
    (("regency",), "county"),
    (("municipality",), "county"),
    (("parish",), "county"),
    (("borough",), "county"),
    (("area",), "region"),
    (("countryside",), "region"),
    (("coast",), "region"),
    (("coastline",), "region"),
    (("islands",), "region"),
    (("archipelago",), "region"),
    (("border",), "region"),
    (("state",), "region"),
    (("city",), "city"),
    (("town",), "city"),
    (("township",), "city"),
    (("village",), "city"),
)
#: The suffix class each kind of entry answers to ("Kirkuk province" wants a region).
SUFFIX_CLASS_OF_KIND: dict[str, str] = {
    "base": "site",
    "airport": "site",
    "facility": "site",
    "field": "site",
    "crossing": "site",
    "region": "region",
    "district": "region",
    "sea": "region",
    "state": "region",
    "admin1": "region",
    "county": "county",
    "city": "city",
}
# Words for a kind of place before "of" and its name ("the village of Kaouara"), with
# the precision the kind gives.
KINDS_BEFORE_OF: dict[str, Precision] = {
    "village": "city", "town": "city", "city": "city", "settlement": "city",
    "district": "county", "subdistrict": "county", "neighbourhood": "site",
    "neighborhood": "site", "suburb": "site", "township": "city", "camp": "site",
    "province": "region", "governorate": "region", "municipality": "county", "island": "city",
    "port": "city",
}  # fmt: skip

DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "upper",
        "lower",
        "greater",
        "broader",
        "rural",
        "occupied",
        "downtown",
    }
)
# Words of a name that may be written in lower case ("Ain al-Asad air base").
GENERIC_WORDS = frozenset(
    {w for suffix, _ in SUFFIXES for w in suffix}
    | {
        "naval",
        "nuclear",
        "facility",
        "plant",
        "reactor",
        "complex",
        "plains",
        "plain",
        "valley",
        "mountains",
        "mountain",
        "dam",
        "refinery",
        "port",
        "camp",
        "enrichment",
        "site",
        "fuel",
        "power",
        "mosque",
        "compound",
        "strait",
        "straits",
        "sea",
        "island",
        "islands",
        "prison",
        "embassy",
        "headquarters",
        "in",
        "of",
        "the",
        "de",
        "la",
        "and",
    }
    | set(ARTICLES)
    | DIRECTIONS
)

_POSSESSIVE = re.compile(r"['’ʼ`´]s?\n")
# After ASCII folding: letters, digits and line breaks stay, everything else becomes a space.
_KEEP = frozenset("abcdefghijklmnopqrstuvwxyz0123456789\n")
_TO_SPACE = {i: (chr(i) if chr(i) in _KEEP else " ") for i in range(128)}
_MULTI_SPACE = re.compile(r"  +")
_LEADING_THE = re.compile(r"\nthe (?=[a-z0-9])")
_ARTICLE = re.compile(r"([\n ])(?:" + "|".join(ARTICLES) + r") (?=[a-z0-9])")


def normalize_many(names: Sequence[str]) -> list[str]:
    """Normalise many names at once (the regular expressions run on one joined string)."""
    if not names:
        return []
    big = "\n".join(names)
    if big.count("\n") != len(names) - 1:  # a name contained a line break
        big = "\n".join(n.replace("\n", " ").replace("\r", " ") for n in names)
    # Sentinel line breaks at both ends let every pattern anchor on "\n" (faster than ^/$).
    big = unicodedata.normalize("NFKD", "\n" + big + "\n")
    big = _POSSESSIVE.sub("\n", big)
    big = big.encode("ascii", "ignore").decode("ascii").lower().replace("'", "")
    big = _MULTI_SPACE.sub(" ", big.translate(_TO_SPACE))
    big = big.replace(" \n", "\n").replace("\n ", "\n")
    big = _LEADING_THE.sub("\n", big)
    big = _ARTICLE.sub(r"\1", big)
    return big[1:-1].split("\n")


@lru_cache(maxsize=50_000)
def normalize_name(text: str) -> str:
    """The lookup key of a name: lower case, ASCII, no apostrophes, articles or "the".

    >>> normalize_name("Deir ez-Zor")
    'deir zor'
    >>> normalize_name("the Ain al-Asad")
    'ain asad'
    """
    return normalize_many([text])[0]


_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("q", "k"))
_VOWELS_AFTER_FIRST = re.compile(r"(?m)(?<=[a-z0-9])[aeiouyw]+")
_LEADING_VOWEL = re.compile(r"(?m)^[aeiouy]")
_TRAILING_H = re.compile(r"(?m)(?<=[a-z0-9])h$")
_DOUBLES = re.compile(r"([a-z0-9])\1+")


def skeletons(keys: Sequence[str]) -> list[str]:
    """Consonant skeletons of normalised keys, robust to transliteration ("Kerbala"/"Karbala")."""
    big = "\n".join(keys).replace(" ", "")
    for old, new in _DIGRAPHS:
        big = big.replace(old, new)
    big = _LEADING_VOWEL.sub("a", big)
    big = _VOWELS_AFTER_FIRST.sub("", big)
    big = _TRAILING_H.sub("", big)
    big = _DOUBLES.sub(r"\1", big)
    return big.split("\n")


def strip_suffix(key: str) -> tuple[str, str] | None:
    """``("anbar", "region")`` for ``"anbar province"``; None without a generic suffix."""
    words = key.split()
    for suffix, cls in SUFFIXES:
        n = len(suffix)
        if len(words) > n and tuple(words[-n:]) == suffix:
            return " ".join(words[:-n]), cls
    return None


def strip_prefix(key: str) -> tuple[str, str] | None:
    """``("sligo", "county")`` for ``"county sligo"`` (the Irish and British order)."""
    head, _, rest = key.partition(" ")
    if rest and head in ("county", "province", "state", "city", "parish"):
        return rest, {"province": "region", "state": "region", "parish": "county"}.get(head, head)
    return None


def strip_direction(key: str) -> str | None:
    words = key.split()
    if len(words) > 1 and words[0] in DIRECTIONS:
        return " ".join(words[1:])
    return None


def is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 5 and all(c.isupper() for c in letters)


_ARTICLE_PREFIX = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh)[- ](?=\w{3})", re.IGNORECASE
)


def variants(names: Iterable[str]) -> list[str]:
    """Spellings the tokenizer would otherwise keep apart: hyphens, apostrophes, diacritics
    and a leading Arabic article ("Al-Kut" is also written "Kut")."""
    out: list[str] = []
    for name in names:
        forms = [name]
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
        if folded != name and folded.strip():
            forms.append(folded.strip())
        for form in list(forms):
            bare = _ARTICLE_PREFIX.sub("", form)
            if bare != form:
                forms.append(bare)
        for form in forms:
            out.append(form)
            if "-" in form:
                out.append(form.replace("-", " "))
            if "'" in form:
                out.append(form.replace("'", "’"))
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
