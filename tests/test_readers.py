"""Input readers: HTML, JSON Lines, CSV, RSS/Atom, WARC, and the format registry."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from annalyst.ingest.model import Draft, InputError, Problem, ReadResult, Source
from annalyst.ingest.readers import READERS, format_for_path, load_reader, register
from annalyst.ingest.readers.feed import read_feed
from annalyst.ingest.readers.html import (
    MAX_HTML_BYTES,
    NO_TEXT,
    authors_and_byline,
    html_fragment_to_text,
    html_to_draft,
    read_html,
)
from annalyst.ingest.readers.records import read_csv, read_jsonl
from annalyst.ingest.readers.warc import read_warc

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
ReaderFn = Callable[[Source], Iterator[ReadResult]]


def fixture(name: str) -> Source:
    return Source.from_path(FIXTURES / name)


def read(reader: ReaderFn, source: Source) -> tuple[list[Draft], list[Problem]]:
    drafts: list[Draft] = []
    problems: list[Problem] = []
    for result in reader(source):
        if isinstance(result, Draft):
            drafts.append(result)
        else:
            problems.append(result)
    return drafts, problems


def read_until_error(reader: ReaderFn, source: Source) -> tuple[list[ReadResult], str]:
    """What a reader yielded before its InputError, and the error as the pipeline reports it.

    Readers leave the source name out of InputError messages: the caller turns
    the error into `Problem(source.name, str(error))`, which names the file once.
    """
    results: list[ReadResult] = []
    with pytest.raises(InputError) as caught:
        for result in reader(source):
            results.append(result)
    assert source.name not in str(caught.value)
    return results, str(Problem(source.name, str(caught.value)))


def page(body: str, head: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Test page</title>{head}</head><body>'
        f"<nav><a href='/'>Home</a></nav><article>{body}</article>"
        "<footer>Privacy | Terms</footer></body></html>"
    )


LONG_PARAGRAPHS = [
    "The regional water board said on Wednesday that reservoir levels had recovered to their "
    "seasonal average after a wet autumn, ending restrictions on garden hoses.",
    "Farmers in the lowlands welcomed the decision but warned that groundwater in some districts "
    "was still well below normal and would need several more months of rain.",
    "The board will review the situation again in the spring before the irrigation season starts.",
]
ARTICLE_BODY = "".join(f"<p>{p}</p>" for p in LONG_PARAGRAPHS)


# --- HTML -----------------------------------------------------------------------------


def test_html_article_fields() -> None:
    drafts, problems = read(read_html, fixture("article.html"))
    assert problems == []
    [draft] = drafts
    assert draft.source == str(FIXTURES / "article.html")
    assert draft.title == "Port workers end strike after wage deal"
    assert draft.published == "2023-03-14"
    assert draft.authors == ["Mara Lindqvist", "Tomasz Wrobel"]
    assert draft.byline is not None and "News Desk" in draft.byline
    assert draft.outlet == "The Harbour Ledger"
    assert draft.language == "en"
    # The canonical link wins over og:url.
    assert draft.url == "https://harbourledger.example/news/2023/03/port-strike-ends"
    paragraphs = draft.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Dock workers at the northern container terminal")
    assert paragraphs[3].startswith('"Nobody wanted this dispute')
    for boilerplate in ("Most read", "Storm warning", "All rights reserved", "Privacy", "Home"):
        assert boilerplate not in draft.text
    assert not draft.text.startswith(draft.title)


def test_html_malformed_markup_still_extracts() -> None:
    [draft] = read(read_html, fixture("malformed.html"))[0]
    assert draft.title == "Inondations : des centaines de foyers évacués"
    assert draft.language == "fr"
    assert draft.outlet == "Le Veilleur du Sud"
    assert draft.authors == ["Camille Roux"]
    assert draft.byline is not None and "AFP" in draft.byline
    paragraphs = draft.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[2].endswith("selon la préfecture.")
    assert "Partager" not in draft.text


def test_html_cp1256_without_declaration() -> None:
    [draft] = read(read_html, fixture("arabic_cp1256.html"))[0]
    assert draft.title == "افتتاح محطة جديدة لتحلية المياه في مدينة ساحلية"
    assert "محطة جديدة لتحلية مياه البحر" in draft.text
    assert "\ufffd" not in draft.text
    assert draft.language == "ar"
    assert len(draft.text.split("\n\n")) == 4


@pytest.mark.parametrize(
    ("declaration", "encoding"),
    [
        ('<meta charset="windows-1256">', "cp1256"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', "cp1256"),
        # Misdeclared: says UTF-8, is cp1256. Sniffing takes over.
        ('<meta charset="utf-8">', "cp1256"),
        # An unknown label falls back to sniffing too.
        ('<meta charset="x-no-such-charset">', "cp1256"),
        ('<meta charset="base64">', "cp1256"),
        # A page that passes as text cannot be UTF-16, whatever it declares.
        ('<meta charset="utf-16">', "utf-8"),
    ],
)
def test_html_declared_charset(declaration: str, encoding: str) -> None:
    text = "<p>" + "</p><p>".join(
        [
            "قال مسؤولون في وزارة الزراعة يوم الثلاثاء إن موسم حصاد القمح بدأ مبكرا هذا العام "
            "بسبب ارتفاع درجات الحرارة في الأسابيع الماضية.",
            "وأضافوا أن الإنتاج المتوقع يقترب من مستوى العام الماضي رغم قلة الأمطار في الشتاء.",
        ]
    )
    data = page(text + "</p>", head=declaration, lang="ar").encode(encoding)
    draft = html_to_draft(data, "page.html")
    assert draft is not None
    assert "موسم حصاد القمح" in draft.text
    assert "\ufffd" not in draft.text


def test_html_latin1_label_reads_as_cp1252() -> None:
    body = "".join(f"<p>{p}</p>" for p in LONG_PARAGRAPHS) + "<p>“Quoted” – dash.</p>"
    data = page(body, head='<meta charset="iso-8859-1">').encode("cp1252")
    draft = html_to_draft(data, "page.html")
    assert draft is not None
    assert "“Quoted” – dash." in draft.text


def test_html_transport_charset_wins() -> None:
    body = "<p>Ça coûte très cher à l'été, déclare le maire.</p>" + ARTICLE_BODY
    data = page(body, head='<meta charset="utf-8">').encode("cp1252")
    draft = html_to_draft(data, "page.html", charset="windows-1252")
    assert draft is not None
    assert "Ça coûte très cher" in draft.text


@pytest.mark.parametrize("as_bytes", [True, False])
def test_xhtml_with_xml_declaration(as_bytes: bool) -> None:
    doc = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><head><title>T</title></head>'
        "<body><article><p>Grüße aus München, sagte der Bürgermeister.</p>"
        f"{ARTICLE_BODY}</article></body></html>"
    )
    draft = html_to_draft(doc.encode("latin-1") if as_bytes else doc, "page.xhtml")
    assert draft is not None
    assert draft.text.startswith("Grüße aus München")
    assert draft.language == "de"


def test_html_boilerplate_only_is_a_problem() -> None:
    drafts, problems = read(read_html, fixture("boilerplate.html"))
    assert drafts == []
    assert [p.reason for p in problems] == [NO_TEXT]
    assert str(FIXTURES / "boilerplate.html") in str(problems[0])


@pytest.mark.parametrize(("name", "reason"), [("empty.html", "empty"), ("binary.html", "binary")])
def test_html_unreadable_files(name: str, reason: str) -> None:
    results, error = read_until_error(read_html, fixture(name))
    assert results == []
    assert error.startswith(f"{FIXTURES / name}: ") and reason in error


def test_html_page_over_the_cap_is_a_problem() -> None:
    source = Source.from_bytes("huge.html", b"<html><body><p>" + b"a" * MAX_HTML_BYTES + b"</p>")
    drafts, problems = read(read_html, source)
    assert drafts == []
    [problem] = problems
    assert "too large" in problem.reason and problem.source == "huge.html"


def test_html_to_draft_resolves_relative_canonical_against_url() -> None:
    html = page(ARTICLE_BODY, head='<link rel="canonical" href="/water/reservoirs">')
    draft = html_to_draft(html, "x#1", url="https://waterboard.example/news?id=9")
    assert draft is not None
    assert draft.url == "https://waterboard.example/water/reservoirs"


def test_html_to_draft_keeps_given_url_without_canonical() -> None:
    draft = html_to_draft(page(ARTICLE_BODY), "x#1", url="https://waterboard.example/a")
    assert draft is not None
    assert draft.url == "https://waterboard.example/a"
    assert draft.source == "x#1"


def test_html_to_draft_empty_and_blank() -> None:
    assert html_to_draft("", "x") is None
    assert html_to_draft("<html><body>   </body></html>", "x") is None


def test_html_fragment_to_text() -> None:
    fragment = (
        "<p>First <b>bold</b> paragraph.</p><script>var x = 1;</script>"
        "<p>Second<br>with a break.</p><ul><li>one</li><li>two</li></ul>tail"
    )
    assert html_fragment_to_text(fragment) == (
        "First bold paragraph.\n\nSecond\nwith a break.\n\none\n\ntwo\n\ntail"
    )
    assert html_fragment_to_text("plain  text\n\nsecond") == "plain text\n\nsecond"
    assert html_fragment_to_text("   ") == ""


@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        ("By Mara Lindqvist, Tomasz Wrobel and News Desk", ["Mara Lindqvist", "Tomasz Wrobel"]),
        ("Staff", []),
        ("By Staff, Agencies", []),
        ("AFP", []),
        ("Reuters Staff", []),
        ("Associated Press", []),
        ("Leila Haddad; AFP", ["Leila Haddad"]),
        ("Ahmed Saleh - Staff Writer", ["Ahmed Saleh"]),
        ("Par Camille Roux", ["Camille Roux"]),
        ("بقلم سمير حداد", ["سمير حداد"]),
        ("وكالات", []),
        (["Katrin Huber", "dpa"], ["Katrin Huber"]),
    ],
)
def test_authors_and_byline(raw: str | list[str], authors: list[str]) -> None:
    found, byline = authors_and_byline(raw)
    assert found == authors
    assert byline  # the byline as given is always kept


# --- JSON Lines ----------------------------------------------------------------------------


def test_jsonl_records() -> None:
    drafts, problems = read(read_jsonl, fixture("articles.jsonl"))
    assert problems == []
    assert [d.source_key for d in drafts] == ["a-101", "102", "a-103"]
    first, second, third = drafts
    assert first.source == f"{FIXTURES / 'articles.jsonl'}#a-101"
    assert first.title == "Ferry service resumes after storm"
    assert first.published == "2024-01-18"
    assert first.url == "https://coastal-daily.example/ferry-resumes"
    assert first.outlet == "Coastal Daily"
    assert first.authors == ["Nadia Benali"]
    assert first.byline == "Nadia Benali, Reuters"
    assert first.text.count("\n\n") == 1
    assert (first.line_start, first.line_end) == (1, 1)
    assert second.published == "2023-03-03"
    assert second.authors == ["Oliver Grant", "Priya Nair"]
    assert second.line_start == 3  # the blank line 2 is skipped, not renumbered
    assert third.published == "2022-04-12"
    assert third.authors == ["سمير حداد"]
    assert third.language == "ar"


def test_jsonl_bad_lines_are_problems_and_good_lines_survive() -> None:
    drafts, problems = read(read_jsonl, fixture("broken.jsonl"))
    assert [d.source_key for d in drafts] == ["b-1", "b-7"]
    assert drafts[1].published == "2023-06-02"
    assert [p.location for p in problems] == ["line 2", "line 3", "line 4", "line 5", "line 6"]
    assert "invalid JSON" in problems[0].reason
    assert "not a JSON object" in problems[1].reason
    assert "no text" in problems[2].reason and "b-4" in problems[2].reason
    assert "no id" in problems[3].reason
    assert "no text" in problems[4].reason
    name = str(FIXTURES / "broken.jsonl")
    assert all(p.source == name for p in problems)
    assert str(problems[0]).startswith(f"{name}:line 2: ")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02\x03binary" * 50, "binary"),
        (b'[\n  {"id": 1, "text": "x"}\n]\n', "not JSON Lines"),
        (b'{\n  "id": 1,\n  "text": "x"\n}\n', "not JSON Lines"),
    ],
)
def test_jsonl_unreadable(data: bytes, message: str) -> None:
    results, error = read_until_error(read_jsonl, Source.from_bytes("in.jsonl", data))
    assert results == []
    assert error.startswith("in.jsonl: ") and message in error


def test_jsonl_empty_fixture() -> None:
    _, error = read_until_error(read_jsonl, fixture("empty.jsonl"))
    assert error == f"{FIXTURES / 'empty.jsonl'}: empty file"


def test_jsonl_only_blank_lines() -> None:
    drafts, problems = read(read_jsonl, Source.from_bytes("in.jsonl", b"\n  \n\n"))
    assert drafts == [] and [p.reason for p in problems] == ["no records"]


def test_jsonl_odd_field_types() -> None:
    lines = [
        {"id": 7.0, "text": "Seven", "title": 3, "authors": 5, "published": 20230101},
        {"id": True, "text": "boolean ids are not ids"},
        {"id": "x", "text": ["not", "a", "string"]},
        {"id": "y", "text": "ok", "published": "not a date", "url": {"a": 1}},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    drafts, problems = read(read_jsonl, Source.from_bytes("odd.jsonl", data))
    assert [d.source_key for d in drafts] == ["7", "y"]
    assert drafts[0].title == "3" and drafts[0].authors == []
    assert drafts[1].published is None and drafts[1].url is None
    assert [p.location for p in problems] == ["line 2", "line 3"]


def test_jsonl_streams_cp1256() -> None:
    record = {"id": "ar-1", "text": "أعلنت الحكومة عن خطة جديدة لدعم المزارعين في المناطق الجبلية."}
    data = (json.dumps(record, ensure_ascii=False) + "\n").encode("cp1256")
    [draft] = read(read_jsonl, Source.from_bytes("ar.jsonl", data))[0]
    assert draft.text == record["text"]


# --- CSV -------------------------------------------------------------------------------------


def test_csv_bom_crlf_multiline_quoted() -> None:
    drafts, problems = read(read_csv, fixture("articles.csv"))
    assert problems == []
    assert [d.source_key for d in drafts] == ["c-1", "c-2", "c-3"]
    first, second, third = drafts
    assert first.text.split("\n\n")[1].startswith("The wing was paid for")
    assert (first.line_start, first.line_end) == (2, 4)
    assert first.url == "https://northern-tribune.example/hospital-wing"
    assert first.authors == ["Greta Holm"]
    assert second.title == "Harbour cleanup, phase two"
    assert '"clean harbour"' in second.text
    assert second.published == "2023-12-05"  # day first
    assert second.authors == ["Jonas Berg"] and second.byline == "Jonas Berg, Staff"
    assert second.url is None
    assert third.line_start == 7 and third.published is None


def test_csv_tab_delimited() -> None:
    drafts, problems = read(read_csv, fixture("articles.tsv"))
    assert problems == []
    assert [(d.source_key, d.title, d.published) for d in drafts] == [
        ("t-1", "Apricot harvest starts early", "2023-05-20"),
        ("t-2", "Three new faces in squad", "2023-05-21"),
    ]


def test_csv_latin1_semicolon() -> None:
    drafts, problems = read(read_csv, fixture("latin1.csv"))
    assert problems == []
    assert [d.title for d in drafts] == [
        "Grève des contrôleurs aériens",
        "Récolte précoce dans le Sud",
    ]
    assert drafts[0].published == "2023-05-12"
    assert drafts[1].authors == ["Hélène Marchetti"]
    assert all(d.language == "fr" for d in drafts)


def test_csv_ragged_rows_are_problems() -> None:
    drafts, problems = read(read_csv, fixture("ragged.csv"))
    assert [d.source_key for d in drafts] == ["r-1", "r-4"]
    assert [p.location for p in problems] == ["line 3", "line 4", "line 6", "line 7"]
    assert problems[0].reason == "row has 3 fields, header has 4"
    assert problems[1].reason == "row has 6 fields, header has 4"
    assert "no text" in problems[2].reason
    assert "no id" in problems[3].reason
    assert all(p.source == str(FIXTURES / "ragged.csv") for p in problems)


def test_csv_huge_field(tmp_path: Path) -> None:
    text = "word " * 400_000  # 2 MB, well over csv's default 128 KB field limit
    path = tmp_path / "huge.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text"])
        writer.writerow(["big", text])
        writer.writerow(["small", "after the big one"])
    drafts, problems = read(read_csv, Source.from_path(path))
    assert problems == []
    assert [d.source_key for d in drafts] == ["big", "small"]
    assert len(drafts[0].text) == len(text.strip())


def test_csv_header_without_required_columns() -> None:
    source = Source.from_bytes("bad.csv", b"name,body\nx,y\n")
    _, error = read_until_error(read_csv, source)
    assert error.startswith("bad.csv: ") and "id or text" in error


@pytest.mark.parametrize("name", ["empty.csv", "binary.html"])
def test_csv_unreadable_files(name: str) -> None:
    _, error = read_until_error(read_csv, fixture(name))
    assert error.startswith(f"{FIXTURES / name}: ")


def test_csv_header_only() -> None:
    drafts, problems = read(read_csv, Source.from_bytes("h.csv", b"id,text\n"))
    assert drafts == [] and [p.reason for p in problems] == ["no records after the header"]


# --- feeds -------------------------------------------------------------------------------------


def test_rss_feed() -> None:
    drafts, problems = read(read_feed, fixture("feed.rss"))
    name = str(FIXTURES / "feed.rss")
    assert [(p.location, p.reason) for p in problems] == [("entry 3", "entry has no text")]
    first, second = drafts
    assert first.source == f"{name}#lg-2023-0815-wildfire"
    assert first.source_key == "lg-2023-0815-wildfire"
    assert first.title == "Wildfire near national park brought under control"
    assert first.published == "2023-08-15"
    assert first.url == "https://lakeside-gazette.example/2023/08/wildfire-controlled"
    assert first.outlet == "Lakeside Gazette"
    assert first.language == "en"
    assert first.authors == ["Elena Sokolova"]
    assert first.byline == "Elena Sokolova, Staff"
    # content:encoded wins over the description; markup and scripts go.
    assert first.text.split("\n\n")[1].startswith("About two hundred people evacuated from three")
    assert "trackView" not in first.text and "<" not in first.text
    # No guid: the link identifies the entry. The desk is a byline, not an author.
    assert second.source_key == "https://lakeside-gazette.example/2023/10/ferry-winter"
    assert second.authors == [] and second.byline == "News Desk"
    assert second.text.startswith("The lake ferry will run every ninety minutes")


def test_atom_feed() -> None:
    drafts, problems = read(read_feed, fixture("feed.atom"))
    assert problems == []
    first, second = drafts
    assert first.title == "Neue Seilbahn nimmt Betrieb auf"
    assert first.published == "2024-02-01"
    assert first.authors == ["Katrin Huber"] and first.byline == "Katrin Huber, dpa"
    assert first.language == "de" and first.outlet == "Bergland Nachrichten"
    assert first.url == "https://bergland.example/2024/02/seilbahn"
    assert len(first.text.split("\n\n")) == 2
    assert second.title == "Schneefall sperrt Passstraße"
    assert second.published == "2024-01-28"  # from <updated>
    assert second.url is None  # a tag: id is not an address
    assert second.source_key == "tag:bergland.example,2024:pass"


def test_truncated_feed_keeps_recovered_entries() -> None:
    drafts, problems = read(read_feed, fixture("truncated.xml"))
    assert [d.source_key for d in drafts] == ["lg-2023-0815-wildfire"]
    malformed = [p for p in problems if p.location is None]
    assert len(malformed) == 1 and "malformed" in malformed[0].reason
    assert malformed[0].source == str(FIXTURES / "truncated.xml")
    assert [p.location for p in problems if p.location] == ["entry 2"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.xml", "empty"),
        ("binary.html", "binary"),
        ("notafeed.xml", "not an RSS or Atom feed"),
        ("article.html", "not a readable feed"),
        ("articles.jsonl", "not a readable feed"),
    ],
)
def test_unreadable_feeds(name: str, message: str) -> None:
    results, error = read_until_error(read_feed, fixture(name))
    assert results == []
    assert error.startswith(f"{FIXTURES / name}: ") and message in error


def test_feed_without_entries() -> None:
    data = b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>"
    drafts, problems = read(read_feed, Source.from_bytes("q.rss", data))
    assert drafts == [] and [p.reason for p in problems] == ["feed has no entries"]


def test_feed_date_feedparser_cannot_read() -> None:
    data = (
        "<rss version='2.0'><channel><title>T</title><item><guid>g1</guid>"
        "<pubDate>9 آذار 2021</pubDate><description>نص الخبر هنا.</description>"
        "</item></channel></rss>"
    ).encode()
    [draft] = read(read_feed, Source.from_bytes("ar.rss", data))[0]
    assert draft.published == "2021-03-09"


# --- WARC ---------------------------------------------------------------------------------------


def test_warc_pages() -> None:
    drafts, problems = read(read_warc, fixture("pages.warc.gz"))
    assert problems == []  # image, JSON, 404, request and warcinfo records are skipped silently
    name = str(FIXTURES / "pages.warc.gz")
    keys = [d.source_key for d in drafts]
    assert keys == [
        "https://valleycourier.example/bridge",
        "https://highlandpost.example/health/clinics?id=7",
        "file:///archive/arabic.html",
        "https://valleycourier.example/bridge <urn:uuid:00000000-0000-4000-8000-000000000008>",
    ]
    assert [d.source for d in drafts] == [f"{name}#{key}" for key in keys]
    bridge, clinic, arabic, _ = drafts
    assert bridge.title == "River bridge reopens after repairs"
    assert bridge.published == "2022-04-11"
    assert bridge.authors == ["Ines Carvalho"]
    assert bridge.outlet == "Valley Courier"
    assert bridge.url == "https://valleycourier.example/bridge"
    assert len(bridge.text.split("\n\n")) == 3
    assert clinic.url == "https://highlandpost.example/health/mobile-clinics"
    assert clinic.authors == ["Samuel Okafor"] and clinic.byline == "Samuel Okafor; Agencies"
    assert clinic.published == "2021-09-23"
    assert "تحلية مياه البحر" in arabic.text


def test_warc_with_non_html_record() -> None:
    drafts, problems = read(read_warc, fixture("mixed.warc"))
    assert problems == []
    assert [d.title for d in drafts] == ["River bridge reopens after repairs"]


def test_truncated_warc_keeps_earlier_pages() -> None:
    results, error = read_until_error(read_warc, fixture("truncated.warc.gz"))
    assert [r.source_key for r in results if isinstance(r, Draft)] == [
        "https://valleycourier.example/bridge"
    ]
    assert error.startswith(f"{FIXTURES / 'truncated.warc.gz'}: truncated or corrupt WARC")
    assert "after 4 records" in error


@pytest.mark.parametrize("name", ["empty.warc.gz", "binary.html", "article.html"])
def test_unreadable_warcs(name: str) -> None:
    results, error = read_until_error(read_warc, fixture(name))
    assert results == []
    assert error.startswith(f"{FIXTURES / name}: ")


def warc_bytes(records: list[tuple[str, str, bytes, list[tuple[str, str]]]]) -> bytes:
    """(status, content type, body, extra HTTP headers) → gzipped WARC of responses."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for n, (status, ctype, body, extra) in enumerate(records):
        headers = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://example.org/{n}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
        )
    return out.getvalue()


def test_warc_only_non_html_is_one_problem() -> None:
    data = warc_bytes([("200 OK", "image/png", b"\x89PNG....", [])])
    drafts, problems = read(read_warc, Source.from_bytes("img.warc.gz", data))
    assert drafts == []
    assert [p.reason for p in problems] == ["no HTML pages among 1 records"]


def test_warc_bad_pages_are_record_problems() -> None:
    good = page(ARTICLE_BODY).encode()
    data = warc_bytes(
        [
            ("200 OK", "text/html", b"\x00\x01\x02garbage" * 100, []),
            ("200 OK", "text/html", b"<html><body><nav>menu</nav></body></html>", []),
            ("200 OK", "text/html", b"not really gzip", [("Content-Encoding", "gzip")]),
            ("200 OK", "text/html", gzip.compress(good), [("Content-Encoding", "gzip")]),
        ]
    )
    drafts, problems = read(read_warc, Source.from_bytes("bad.warc.gz", data))
    assert [p.location for p in problems] == ["record 1", "record 2", "record 3"]
    assert "binary" in problems[0].reason
    assert problems[1].reason == NO_TEXT
    assert [d.source_key for d in drafts] == ["https://example.org/3"]


@pytest.mark.parametrize("compressed", [False, True])
def test_arc_files(compressed: bool) -> None:
    body = page(ARTICLE_BODY).encode()
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    meta = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [
        b"filedesc://old.arc 0.0.0.0 20030501100000 text/plain %d\n%s\n" % (len(meta), meta),
        b"http://waterboard.example/r 10.0.0.1 20030501100001 text/html %d\n%s\n"
        % (len(http), http),
    ]
    data = b"".join(gzip.compress(r) for r in records) if compressed else b"".join(records)
    [draft] = read(read_warc, Source.from_bytes("old.arc", data))[0]
    assert draft.source_key == "http://waterboard.example/r"
    assert draft.text.startswith("The regional water board")


def test_warc_every_truncation_is_an_input_error_or_a_clean_end() -> None:
    full = (FIXTURES / "mixed.warc").read_bytes()
    for cut in range(0, len(full), 41):
        try:
            drafts, _ = read(read_warc, Source.from_bytes("cut.warc", full[:cut]))
        except InputError as exc:
            assert str(exc) and "cut.warc" not in str(exc)
        else:
            assert len(drafts) <= 1


# --- registry -----------------------------------------------------------------------------------


def test_readers_registry() -> None:
    assert {"html", "jsonl", "csv", "rss", "atom", "warc"} <= set(READERS)
    # Built-in readers are imported on first use (load_reader resolves them).
    assert load_reader("rss") is read_feed and load_reader("atom") is read_feed
    assert load_reader("html") is read_html and load_reader("warc") is read_warc
    assert load_reader("jsonl") is read_jsonl and load_reader("csv") is read_csv


def test_register() -> None:
    def reader(source: Source) -> Iterator[ReadResult]:
        yield Problem(source.name, "test")

    register("test-format", reader)
    try:
        register("test-format", reader)  # idempotent
        with pytest.raises(ValueError):
            register("test-format", read_html)
        with pytest.raises(ValueError):
            register("Bad Name", reader)
        assert READERS["test-format"] is reader
    finally:
        del READERS["test-format"]


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("a/page.html", "html"),
        ("PAGE.HTM", "html"),
        ("x.xhtml", "html"),
        ("r.jsonl", "jsonl"),
        ("r.ndjson", "jsonl"),
        ("r.json", "jsonl"),
        ("t.csv", "csv"),
        ("t.tsv", "csv"),
        ("f.rss", "rss"),
        ("f.atom", "rss"),
        ("crawl.warc", "warc"),
        ("crawl.warc.gz", "warc"),
        ("old.arc.gz", "warc"),
        ("dump.txt", "dump"),
        ("dump.text", "dump"),
        ("x.dump", "dump"),
        ("data.csv.gz", None),
        ("x.pdf", None),
        ("noext", None),
    ],
)
def test_format_for_path(path: str, fmt: str | None) -> None:
    assert format_for_path(path) == fmt


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "rss"),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"/>', "rss"),
        (b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="x"/>', "rss"),
        (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"/>', "html"),
        (b'<?xml version="1.0"?>\n<inventory/>', None),
    ],
)
def test_format_for_xml_sniffs(tmp_path: Path, content: bytes, fmt: str | None) -> None:
    path = tmp_path / "thing.xml"
    path.write_bytes(content)
    assert format_for_path(str(path)) == fmt


def test_format_for_missing_xml() -> None:
    assert format_for_path("/nonexistent/feed.xml") is None


# --- fuzz: arbitrary input never raises anything but InputError ---------------------------------

# ANNALYST_FUZZ_EXAMPLES=5000 for a deeper run than the default suite's.
FUZZ = settings(
    max_examples=int(os.environ.get("ANNALYST_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check_contract(reader: ReaderFn, data: bytes, name: str = "fuzz") -> list[ReadResult]:
    results: list[ReadResult] = []
    try:
        for result in reader(Source.from_bytes(name, data)):
            results.append(result)
    except InputError:
        pass
    for result in results:
        assert isinstance(result.source, str) and result.source
        if isinstance(result, Draft):
            assert isinstance(result.text, str) and result.text.strip()
            assert result.published is None or len(result.published) == 10
            assert all(isinstance(a, str) and a for a in result.authors)
        else:
            assert isinstance(result, Problem) and result.reason
    return results


encodings = st.sampled_from(["utf-8", "cp1256", "latin-1", "utf-16"])
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_scalars,
        "text": st.one_of(st.text(max_size=200), json_values),
        "title": json_values,
        "published": st.one_of(st.text(max_size=30), st.integers(), json_values),
        "url": json_values,
        "outlet": json_values,
        "authors": st.one_of(st.text(max_size=60), st.lists(json_scalars, max_size=4)),
    },
)


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_jsonl_bytes(data: bytes) -> None:
    check_contract(read_jsonl, data)


@FUZZ
@given(
    st.lists(
        st.one_of(records.map(json.dumps), json_values.map(json.dumps), st.text(max_size=80)),
        max_size=8,
    ),
    encodings,
)
def test_fuzz_jsonl_lines(lines: list[str], encoding: str) -> None:
    data = "\n".join(lines).encode(encoding, errors="replace")
    check_contract(read_jsonl, data)


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_csv_bytes(data: bytes) -> None:
    check_contract(read_csv, data)


@FUZZ
@given(
    st.permutations(["id", "text", "title", "published", "authors", "url", "outlet"]),
    st.lists(st.lists(st.text(max_size=60), max_size=8), max_size=6),
    st.sampled_from([",", "\t", ";"]),
    encodings,
)
def test_fuzz_csv_rows(
    columns: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(columns)
    writer.writerows(rows)
    results = check_contract(read_csv, out.getvalue().encode(encoding, errors="replace"))
    drafts = [r for r in results if isinstance(r, Draft)]
    assert len(drafts) <= len(rows)


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_feed_bytes(data: bytes) -> None:
    check_contract(read_feed, data)


feed_text = st.text(max_size=120) | st.sampled_from(
    ["<p>a</p>", "&amp;", "<![CDATA[<b>x</b>]]>", "&lt;p&gt;y", "<", "]]>"]
)


@FUZZ
@given(st.lists(st.tuples(feed_text, feed_text, feed_text), max_size=4), st.integers(0, 3000))
def test_fuzz_feed_documents(items: list[tuple[str, str, str]], cut: int) -> None:
    body = "".join(
        f"<item><title>{t}</title><guid>{g}</guid><description>{d}</description></item>"
        for t, g, d in items
    )
    doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'
    data = doc.encode("utf-8", errors="replace")
    check_contract(read_feed, data[: cut or len(data)])


@FUZZ
@given(st.binary(max_size=3000))
def test_fuzz_html_bytes(data: bytes) -> None:
    check_contract(read_html, data)


html_tags = st.sampled_from(
    ["p", "div", "article", "br", "b", "script", "table", "td", "li", "h1", "title", "meta", "a"]
)
html_pieces = st.one_of(
    html_tags.map(lambda t: f"<{t}>"),
    html_tags.map(lambda t: f"</{t}>"),
    st.text(max_size=80),
    st.sampled_from(
        [
            '<meta charset="cp1256">',
            '<meta charset="base64">',
            '<link rel="canonical" href="//x">',
            '<meta property="og:url" content="http://[::1">',
            '<meta name="author" content="By Staff, AFP and Jane Roe">',
            '<html lang="zz-Latn">',
            "<!-- comment -->",
            "<?xml version='1.0' encoding='utf-8'?>",
            " ".join(LONG_PARAGRAPHS),
        ]
    ),
)


@FUZZ
@given(st.lists(html_pieces, max_size=40), encodings)
def test_fuzz_html_tag_soup(pieces: list[str], encoding: str) -> None:
    check_contract(read_html, "".join(pieces).encode(encoding, errors="replace"))


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_warc_bytes(data: bytes) -> None:
    check_contract(read_warc, data)


WARC_SAMPLES = [(FIXTURES / n).read_bytes() for n in ("mixed.warc", "pages.warc.gz")]


@FUZZ
@given(
    st.sampled_from(WARC_SAMPLES),
    st.integers(0, 8000),
    st.lists(st.tuples(st.integers(0, 8000), st.integers(0, 255)), max_size=6),
)
def test_fuzz_warc_mutations(sample: bytes, cut: int, flips: list[tuple[int, int]]) -> None:
    data = bytearray(sample[: cut or len(sample)])
    for position, value in flips:
        if data:
            data[position % len(data)] = value
    check_contract(read_warc, bytes(data))
