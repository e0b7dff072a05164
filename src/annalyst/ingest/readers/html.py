"""Reading HTML pages: one article per page, boilerplate stripped by trafilatura.

Besides `read_html` for files, this module holds the pieces other readers reuse:
`html_to_draft` (WARC payloads), `html_fragment_to_text` (feed entry content) and
`authors_and_byline` (bylines from any source, split into people and desks).
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import htmldate
import trafilatura
from lxml import etree  # type: ignore[import-untyped]
from lxml.html import HtmlElement, fragment_fromstring  # type: ignore[import-untyped]
from trafilatura.utils import load_html

from annalyst.ingest.bylines import looks_like_person
from annalyst.ingest.dates import normalize_date
from annalyst.ingest.language import detect_language
from annalyst.ingest.limits import record_budget
from annalyst.ingest.model import Draft, InputError, Problem, ReadResult, Source
from annalyst.ingest.readers.bigpages import cap_attributes, is_huge, main_block, page_title
from annalyst.ingest.textio import SNIFF_BYTES, decode_bytes, looks_binary, wide_encoding

LOG = logging.getLogger(__name__)

MAX_HTML_BYTES = 20 * 1024 * 1024
NO_TEXT = "no article text found"

# Browsers treat these labels as windows-1252 (WHATWG Encoding), and so do the
# pages that declare them: their curly quotes and dashes sit in 0x80-0x9F.
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)


# --- decoding -----------------------------------------------------------------


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
        b"x".decode(name, errors="replace")  # rejects non-text codecs such as base64
    except (LookupError, ValueError):
        return None
    return "cp1252" if name.replace("-", "_") in _AS_CP1252 else name


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (meta tag or XML declaration)."""
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return _codec(match.group(1).decode("ascii")) if match else None


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode a page: BOM or wide encoding, then the transport charset, the declared one,
    else sniffed.

    Raises `InputError` for binary content.
    """
    wide = wide_encoding(data[:SNIFF_BYTES])
    if wide is not None:
        return data.decode(wide, errors="replace").lstrip("\ufeff")
    if looks_binary(data[:SNIFF_BYTES]):
        raise InputError("binary content, not HTML")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    encoding = _codec(charset) or declared_charset(data)
    if encoding is None:
        return decode_bytes(data)
    if encoding.replace("-", "_").startswith(("utf_16", "utf_32")):
        # A page whose bytes are not wide is not really UTF-16 whatever it claims.
        encoding = "utf-8"
    if encoding == "utf-8":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            # "utf-8" is the most common false declaration on legacy Arabic sites.
            return decode_bytes(data)
    return data.decode(encoding, errors="replace")


# --- text from markup -----------------------------------------------------------

# Block-level elements of both HTML and trafilatura's output XML: each starts a paragraph.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "address",
        "hr",
        "center",
        "form",
        "head",
        "list",
        "item",
        "quote",
        "code",
        "row",
        "cell",
    ]
)
_BREAKS = frozenset({"br", "lb"})
_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "button",
        "select",
        "textarea",
        "input",
        "nav",
    ]
)
_SPACES = re.compile(r"[^\S\n]+")


def _tag(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _paragraphs(root: etree._Element) -> list[str]:
    """The text of a tree as paragraphs: blocks split, inline markup joined."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = "".join(current)
        current.clear()
        lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)

    def walk(element: etree._Element) -> None:
        tag = _tag(element)
        if tag in _SKIPPED:
            pass
        elif tag in _BREAKS:
            current.append("\n")
        elif not tag:
            pass  # a comment's text is not content, its tail is handled below
        else:
            block = tag in _BLOCKS
            if block:
                flush()
            if element.text:
                current.append(element.text.replace("\n", " "))
            for child in element:
                walk(child)
                if child.tail:
                    current.append(child.tail.replace("\n", " "))
            if block:
                flush()

    walk(root)
    flush()
    return paragraphs


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed content), paragraphs separated by blank lines."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        # Plain text with entities already resolved; keep its own paragraphing.
        blocks = re.split(r"\n\s*\n", fragment)
        return "\n\n".join(_SPACES.sub(" ", b).strip() for b in blocks if b.strip())
    try:
        root = fragment_fromstring(fragment, create_parent="div")
        # libxml2 caps nesting at 256 levels, so recursion cannot run away; the
        # RecursionError guard is for parsers configured otherwise.
        return "\n\n".join(_paragraphs(root))
    except (etree.ParserError, ValueError, RecursionError):
        return ""


# --- authors ---------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# What `looks_like_person` does not know: Arabic desk words, wire services, and
# agencies whose names look like two capitalised words.
_DESK_WORDS = _wordset(
    "وكالات وكالة محرر المحرر محررو فريق قسم مراسل مراسلنا مراسلو مكتب التحرير syndication"
)
_DESK_PHRASES = (
    "news service",
    "wire service",
    "press association",
    "associated press",
    "news agency",
    "al jazeera",
    "gulf times",
)
# Matched against the whole part only: some of these are also given names (Ani, Ana).
_AGENCIES = _wordset(
    """afp ap upi dpa efe ansa reuters xinhua tass ria kyodo yonhap bernama anadolu aa sana
    irna isna wafa kuna wam spa mena qna bna petra pti ians ani ana pa bloomberg aljazeera
    bbc cnn سانا واس وام قنا كونا الأناضول رويترز"""
)
# "By" in the languages of the sources we see; not "von", "da" or "di", which also
# start surnames.
_BY_PREFIX = re.compile(
    r"^\s*(?:(?:written|reported|reporting|words|story|text|compiled)\s+)?"
    r"(?:by|from|par|por|door|بقلم)\b[:\s]*",
    re.I,
)
_NAME_SEPARATORS = re.compile(r"\s*(?:[;,،|&/\n]|\s-\s|\s[–—]\s|\band\b)\s*", re.I)


def split_names(raw: str) -> list[str]:
    """Split a byline ("By A, B and C") into its parts, in order, without duplicates."""
    text = _BY_PREFIX.sub("", raw.strip())
    parts: list[str] = []
    for piece in _NAME_SEPARATORS.split(text):
        name = _BY_PREFIX.sub("", piece).strip(" .:-–—\t")
        name = _SPACES.sub(" ", name)
        if name and name not in parts:
            parts.append(name)
    return parts


def is_person(name: str) -> bool:
    """Whether a byline part names a person rather than a desk, agency or role."""
    lowered = name.lower().strip()
    if lowered in _AGENCIES or "@" in name:
        return False
    if any(word in _DESK_WORDS for word in lowered.split()):
        return False
    if any(phrase in lowered for phrase in _DESK_PHRASES):
        return False
    return looks_like_person(name)


def authors_and_byline(raw: str | Iterable[str] | None) -> tuple[list[str], str | None]:
    """People named in a byline, and the byline as given (desks and agencies kept there)."""
    if raw is None:
        return [], None
    if isinstance(raw, str):
        byline = _SPACES.sub(" ", raw).strip()
        names = split_names(raw)
    else:
        given = [_SPACES.sub(" ", str(item)).strip() for item in raw if str(item).strip()]
        byline = ", ".join(given)
        names = [name for item in given for name in split_names(item)]
    authors: list[str] = []
    for name in names:
        if is_person(name) and name not in authors:
            authors.append(name)
    return authors, byline or None


# --- metadata ----------------------------------------------------------------------

_LANG_META = (
    "content-language",
    "language",
    "dc.language",
    "dcterms.language",
    "og:locale",
)


def language_code(value: str | None) -> str | None:
    """ISO 639-1 code from a language tag ("en-GB", "ar_SY", "fr"), else None."""
    if not value:
        return None
    primary = re.split(r"[-_,;\s]", value.strip(), maxsplit=1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2}", primary) else None


def _page_language(tree: HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    for attribute in ("lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang"):
        code = language_code(root.get(attribute))
        if code:
            return code
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("http-equiv") or meta.get("name") or meta.get("property") or "").lower()
        if key in _LANG_META:
            code = language_code(meta.get("content"))
            if code:
                return code
    return None


def http_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) address, else None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # "Invalid IPv6 URL" and friends
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _page_url(tree: HtmlElement, base: str | None) -> str | None:
    """Canonical link, else og:url, resolved against the page's own address."""
    candidates: list[str] = []
    for link in tree.iterfind(".//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            candidates.append(link.get("href") or "")
    for meta in tree.iterfind(".//meta[@content]"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url":
            candidates.append(meta.get("content") or "")
    for candidate in candidates:
        href = candidate.strip()
        if href.startswith("//"):
            href = "https:" + href
        try:
            resolved = urljoin(base, href) if base else href
        except ValueError:
            continue
        url = http_url(resolved)
        if url:
            return url
    return None


def _find_date(tree: HtmlElement, url: str | None) -> str | None:
    try:
        found = htmldate.find_date(
            tree, original_date=True, url=url, max_date=date.today().isoformat()
        )
    except Exception as exc:  # htmldate has no error contract; a date is optional
        LOG.debug("htmldate failed: %s", exc)
        return None
    return normalize_date(found) if found else None


# --- pages -------------------------------------------------------------------------


def _strip_title(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop the headline when the body repeats it as its first paragraph."""
    if title and paragraphs and _SPACES.sub(" ", paragraphs[0]).strip() == title.strip():
        return paragraphs[1:]
    return paragraphs


def html_to_draft(
    html: str | bytes,
    source_name: str,
    url: str | None = None,
    *,
    charset: str | None = None,
) -> Draft | None:
    """One article from one HTML page, or None when the page has no article text.

    `charset` is the transport's (HTTP header) charset, when known. Raises
    `InputError` for binary content or when the extractor fails on the page.
    """
    text = decode_html(html, charset) if isinstance(html, bytes) else html
    if not text.strip():
        return None
    try:
        tree = load_html(cap_attributes(text))
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(f"unparseable HTML: {exc}") from exc
    if tree is None:
        return None
    if is_huge(tree):
        return _huge_page_draft(tree, source_name, url)
    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            with_metadata=True,
            # htmldate runs below with a full search; here the quick pass is enough.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except RecursionError as exc:
        raise InputError("HTML nested too deeply to extract") from exc
    except Exception as exc:  # trafilatura has no error contract for odd markup
        raise InputError(f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    if document is None or isinstance(document, dict) or document.body is None:
        return None
    title = _SPACES.sub(" ", document.title).strip() if document.title else None
    try:
        paragraphs = _paragraphs(document.body)
    except RecursionError as exc:
        raise InputError("HTML nested too deeply to extract") from exc
    body = "\n\n".join(_strip_title(paragraphs, title))
    if not body.strip():
        return None
    page_url = _page_url(tree, http_url(url)) or http_url(document.url) or url
    authors, byline = authors_and_byline(document.author)
    return Draft(
        source=source_name,
        text=body,
        title=title or None,
        published=_find_date(tree, page_url) or normalize_date(document.date),
        authors=authors,
        byline=byline,
        outlet=document.sitename.strip() if document.sitename else None,
        language=_page_language(tree) or language_code(document.language) or detect_language(body),
        url=page_url,
    )


def _huge_page_draft(tree: HtmlElement, source_name: str, url: str | None) -> Draft | None:
    """A page too big for the extractor: the text of its main block, title, language."""
    try:
        paragraphs = _paragraphs(main_block(tree))
    except RecursionError as exc:
        raise InputError("HTML nested too deeply to extract") from exc
    title = page_title(tree)
    body = "\n\n".join(_strip_title(paragraphs, title))
    if not body.strip():
        return None
    return Draft(
        source=source_name,
        text=body,
        title=title,
        language=_page_language(tree) or detect_language(body),
        url=_page_url(tree, http_url(url)) or http_url(url),
    )


def read_html(source: Source) -> Iterator[ReadResult]:
    """One article per HTML page; a page with no article text is a Problem."""
    size = source.size()
    if size > MAX_HTML_BYTES:
        yield Problem(source.name, f"HTML page too large ({size} bytes, limit {MAX_HTML_BYTES})")
        return
    with source.open() as stream:
        data = stream.read(MAX_HTML_BYTES + 1)
    if not data.strip():
        raise InputError("empty file")
    with record_budget(source.limits.record_seconds):
        draft = html_to_draft(data, source.name)
    if draft is None:
        yield Problem(source.name, NO_TEXT)
        return
    yield draft
