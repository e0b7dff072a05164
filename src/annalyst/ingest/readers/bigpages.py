"""Pages built to be slow: thousands of attributes on a tag, hundreds of thousands of elements.

libxml2 checks each new attribute of a tag against all the earlier ones, lxml
looks attributes up one by one, and trafilatura's XPath node-set merges grow
with the square of the paragraphs; a page of 20,000 attributes or 200,000
paragraphs then takes minutes. Two linear defences:

* `cap_attributes` keeps the first `MAX_ATTRIBUTES` attributes of an over-long
  tag before the page is parsed (no real page comes near the cap);
* `is_huge` tells the reader to skip the boilerplate extractor on a page with
  more than `MAX_ELEMENTS` elements and take the text of its main block directly.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

MAX_ATTRIBUTES = 128
MAX_ELEMENTS = 12_000
_LONG_TAG_CHARS = 4096
# An opening tag too long to be ordinary; [^<>] keeps every scan inside one tag.
_LONG_TAG = re.compile(rf"<[A-Za-z][^<>]{{{_LONG_TAG_CHARS},}}>")
_TAG_NAME = re.compile(r"<[^\s/>]+")
_ATTRIBUTE = re.compile(r"""\s*[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]*))?|\s*[/"'=]""")


def _cap(match: re.Match[str]) -> str:
    tag = match.group()
    name = _TAG_NAME.match(tag)
    start = name.end() if name else 1
    kept: list[str] = [tag[:start]]
    for count, attribute in enumerate(_ATTRIBUTE.finditer(tag, start, len(tag) - 1), 1):
        if count > MAX_ATTRIBUTES:
            break
        kept.append(attribute.group())
    kept.append(">")
    return "".join(kept)


def cap_attributes(text: str) -> str:
    """The page with every tag cut to its first `MAX_ATTRIBUTES` attributes."""
    return _LONG_TAG.sub(_cap, text)


def is_huge(tree: etree._Element) -> bool:
    return any(count > MAX_ELEMENTS for count, _ in enumerate(tree.iter(), 1))


def main_block(tree: etree._Element) -> etree._Element:
    """The element holding the article on a huge page: <article>, <main>, else <body>."""
    for path in (".//article", ".//main", ".//body"):
        found = tree.find(path)
        if found is not None:
            return found
    return tree


def page_title(tree: etree._Element) -> str | None:
    for path in (".//title", ".//h1"):
        found = tree.find(path)
        if found is not None:
            text = " ".join("".join(found.itertext()).split())
            if text:
                return text
    return None
