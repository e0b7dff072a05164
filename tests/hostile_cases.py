"""Hostile and broken inputs for every reader, generated at test time (nothing big is committed).

    python tests/hostile_cases.py OUT_DIR [--big]

writes the cases into OUT_DIR (small ones in OUT_DIR/small, big ones in
OUT_DIR/big) and prints one line per case. `tests/test_hostile.py` uses the same
generators. Every case says what must happen to it:

* ``ok``: articles are stored from it and no problem names it as unreadable;
* ``fail``: a problem line names it;
* ``mixed``: a problem line names it and its good records (at least ``good``) are stored;
* ``any``: (random damage) either articles are stored or a problem names it.

In every case: no traceback, no "internal error", bounded time and memory, and
the control inputs beside it are stored. All text here is invented for the tests.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import socket
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = 1313


@dataclass
class Case:
    name: str | bytes  # file name inside the case directory (bytes: not UTF-8)
    kind: str  # reader kind, or "fs" for file-system oddities
    expect: str  # ok, fail, mixed, any
    data: bytes | None = None
    make: Callable[[Path], None] | None = None  # creates the file itself (links, pipes, …)
    good: int = 0  # for "mixed": good records that must be stored
    note: str = ""

    @property
    def text_name(self) -> str:
        return os.fsdecode(self.name)


# --- building blocks ------------------------------------------------------------

PARAGRAPHS = [
    "The regional water authority said on Tuesday that the new pumping station on the "
    "northern canal would double the supply to farms in the valley before the summer.",
    "Engineers finished testing the last of the four pumps last week, the authority said, "
    "and the station will run at full capacity once the power line to it is connected.",
    "Farmers in the valley have complained for years that the canal runs dry in August, "
    "forcing many of them to leave part of their land fallow during the hottest months.",
]


def dump_article(title: str, day: int = 3) -> str:
    body = "\n\n".join(PARAGRAPHS)
    return f"{title}\n\n{day} March 2022\n\nBy Staff Writer\n\n{body}\n\n"


def good_dump(n: int = 2) -> bytes:
    titles = ["Pumping station to double canal water supply", "Valley farmers await canal water"]
    return "".join(dump_article(titles[i % 2] + f" {i}", i + 1) for i in range(n)).encode()


def record(rid: str, text: str | None = None, **extra: object) -> dict[str, object]:
    found: dict[str, object] = {
        "id": rid,
        "text": text if text is not None else " ".join(PARAGRAPHS),
    }
    found.update(extra)
    return found


def jsonl(*records: object) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def page(title: str, body: str = "", head: str = "") -> bytes:
    body = body or "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def rss(items: str, head: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{head}<rss version="2.0"><channel>'
        f"<title>Valley News</title><link>https://valley.example/</link>{items}"
        "</channel></rss>"
    ).encode()


def rss_item(guid: str, title: str = "Canal news", text: str = "") -> str:
    text = text or " ".join(PARAGRAPHS)
    return (
        f"<item><guid>{guid}</guid><title>{title}</title>"
        f"<link>https://valley.example/{guid}</link><description>{text}</description></item>"
    )


def warc_record(uri: str, html: bytes, *, length: int | None = None) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    size = len(http) if length is None else length
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)) % 10**12:012d}-0000-4000-8000-000000000000>\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2022-03-03T10:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {size}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6)


def warc_gz(*records: bytes) -> bytes:
    return b"".join(gz(r) for r in records)


def gzip_stream(prefix: bytes, filler: bytes, total: int) -> bytes:
    """A gzip member that inflates to `prefix` then `total` bytes of `filler`, built cheaply."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [compressor.compress(prefix)]
    block = filler * ((1 << 20) // max(len(filler), 1))
    written = 0
    while written < total:
        out.append(compressor.compress(block))
        written += len(block)
    out.append(compressor.flush())
    return b"".join(out)


def csv_bytes(rows: list[list[str]], header: str = "id,text") -> bytes:
    lines = [header]
    for row in rows:
        lines.append(",".join('"' + cell.replace('"', '""') + '"' for cell in row))
    return ("\n".join(lines) + "\n").encode()


GOOD_ROWS = [["c1", " ".join(PARAGRAPHS)], ["c2", PARAGRAPHS[0] + " " + PARAGRAPHS[2]]]


# --- the cases ------------------------------------------------------------------


def example_files() -> list[Path]:
    return sorted(
        p
        for p in EXAMPLES.rglob("*")
        if p.is_file() and p.suffix in (".txt", ".jsonl", ".html", ".rss", ".atom", ".gz")
    )


def _kind_of(path: Path) -> str:
    name = path.name
    return {
        ".txt": "dump", ".jsonl": "jsonl", ".html": "html", ".rss": "rss", ".atom": "atom",
        ".gz": "warc",
    }[path.suffix if not name.endswith(".warc.gz") else ".gz"]  # fmt: skip


def damaged_examples(rng: random.Random, cuts: int = 15, flips: int = 8) -> Iterator[Case]:
    """Every example cut at random offsets, and with random bytes flipped."""
    for path in example_files():
        data = path.read_bytes()
        kind = _kind_of(path)
        stem, suffix = path.name.split(".", 1)
        for i in range(cuts):
            at = rng.randrange(0, len(data))
            yield Case(f"cut{i}_{stem}.{suffix}", kind, "any", data[:at], note=f"cut at {at}")
        for i in range(flips):
            damaged = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            yield Case(f"flip{i}_{stem}.{suffix}", kind, "any", bytes(damaged))


def encodings() -> Iterator[Case]:
    """Good inputs in UTF-16/32 with and without a byte-order mark, and legacy code pages."""
    text = good_dump(1).decode()
    feed = rss(rss_item("enc-1")).decode().replace('encoding="utf-8"', 'encoding="{enc}"')
    html = page("Pumping station opens").decode()
    line = json.dumps(record("enc-j")) + "\n"
    for codec, bom, label in [
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
    ]:
        for with_bom in (True, False):
            tag = f"{codec}{'_bom' if with_bom else ''}"
            mark = bom if with_bom else b""
            yield Case(f"enc_{tag}.txt", "dump", "ok", mark + text.encode(codec))
            yield Case(f"enc_{tag}.jsonl", "jsonl", "ok", mark + line.encode(codec))
            yield Case(f"enc_{tag}.html", "html", "ok", mark + html.encode(codec))
            yield Case(f"enc_{tag}.rss", "rss", "ok", mark + feed.format(enc=label).encode(codec))
    arabic = (
        "محطة ضخ جديدة تضاعف المياه للمزارعين\n\n3 March 2022\n\n"
        + "\n\n".join(
            f"قالت هيئة المياه الإقليمية يوم {day} إن محطة الضخ الجديدة على القناة الشمالية "
            "ستضاعف الإمدادات للمزارع في الوادي قبل الصيف، وإن المهندسين أنهوا اختبار المضخات "
            "الأربع في الأسبوع الماضي، وإن المحطة ستعمل بكامل طاقتها بعد توصيل خط الكهرباء."
            for day in ("الثلاثاء", "الأربعاء", "الخميس")
        )
        + "\n"
    )
    yield Case("enc_utf16_arabic_nobom.text", "text", "ok", arabic.encode("utf-16-le"))
    yield Case("enc_cp1256_arabic.text", "text", "ok", arabic.encode("cp1256"))
    yield Case("enc_latin1_declared_utf8.html", "html", "ok", html.encode("utf-8").replace(
        b"opens", "ouvre à l'été".encode("latin-1")))  # fmt: skip
    yield Case(
        "enc_invalid_utf8.jsonl", "jsonl", "ok", line.encode()[:-30] + b"\xff\xfe\xc3" + b'"}\n'
    )
    yield Case("enc_utf7.txt", "dump", "any", text.encode("utf-7"))


def jsonl_cases() -> Iterator[Case]:
    good = [record("g1"), record("g2", PARAGRAPHS[1] + " " + PARAGRAPHS[0])]
    yield Case("j_surrogate_text.jsonl", "jsonl", "ok",
               b'{"id": "s1", "text": "Bad \\udc80 char. ' + PARAGRAPHS[0].encode() + b'"}\n')  # fmt: skip
    yield Case("j_surrogate_title_id.jsonl", "jsonl", "ok",
               b'{"id": "s\\ud800", "title": "T\\udfff", "text": "' + PARAGRAPHS[1].encode() + b'"}\n')  # fmt: skip
    yield Case("j_nul.jsonl", "jsonl", "ok",
               b'{"id": "n1", "text": "NUL \\u0000 here. ' + PARAGRAPHS[2].encode() + b'"}\n')  # fmt: skip
    yield Case("j_null_lines.jsonl", "jsonl", "mixed", b"null\n" * 5000 + jsonl(*good), good=2)
    yield Case("j_no_text.jsonl", "jsonl", "mixed",
               jsonl(*({"id": f"x{i}"} for i in range(20000)), *good), good=2)  # fmt: skip
    yield Case("j_all_null.jsonl", "jsonl", "fail", b"null\n" * 5000)
    yield Case(
        "j_no_text_only.jsonl", "jsonl", "fail", jsonl(*({"id": f"x{i}"} for i in range(100000)))
    )
    yield Case("j_deep.jsonl", "jsonl", "mixed", b"[" * 100000 + b"\n" + jsonl(*good), good=2)
    yield Case(
        "j_deep_obj.jsonl",
        "jsonl",
        "mixed",
        b'{"a":' * 50000 + b"1" + b"}" * 50000 + b"\n" + jsonl(*good),
        good=2,
    )
    yield Case(
        "j_markup_id.jsonl",
        "jsonl",
        "ok",
        jsonl(record("[/bold]"), record("[red]x[/red]", PARAGRAPHS[2])),
    )
    yield Case("j_ansi_id.jsonl", "jsonl", "ok", jsonl(record("\x1b[31mred\x1b[0m\nsecond line")))
    yield Case("j_markup_no_text.jsonl", "jsonl", "mixed", jsonl({"id": "[/red]"}, *good), good=2)
    yield Case("j_wrong_types.jsonl", "jsonl", "mixed",
               jsonl(record("t1", title=["a"], published={"y": 1}, authors=7, url=3.5), {"id": [1], "text": "x"},
                     {"id": "t3", "text": 12}, *good), good=3)  # fmt: skip
    yield Case(
        "j_huge_number.jsonl",
        "jsonl",
        "mixed",
        b'{"id": 1' + b"0" * 5000 + b', "text": "x"}\n' + jsonl(*good),
        good=2,
    )
    yield Case(
        "j_bad_dates.jsonl",
        "jsonl",
        "ok",
        jsonl(record("d1", published="31/02/99999"), record("d2", PARAGRAPHS[0], published="\x00")),
    )
    yield Case(
        "j_pretty.jsonl",
        "jsonl",
        "fail",
        b"[\n" + json.dumps(record("p1"), indent=2).encode() + b"\n]\n",
    )
    yield Case("j_garbage.jsonl", "jsonl", "mixed", b'{not json\n{"id": \n' + jsonl(*good), good=2)
    yield Case("j_empty.jsonl", "jsonl", "fail", b"")
    yield Case("j_blank.jsonl", "jsonl", "fail", b"\n   \n\n")
    yield Case("j_crlf_mixed.jsonl", "jsonl", "ok", jsonl(*good).replace(b"\n", b"\r\n"))
    yield Case("j_bom.jsonl", "jsonl", "ok", codecs.BOM_UTF8 + jsonl(*good))
    yield Case(
        "j_dup_keys.jsonl",
        "jsonl",
        "ok",
        b'{"id": "k1", "id": "k2", "text": "' + PARAGRAPHS[0].encode() + b'"}\n',
    )
    yield Case(
        "j_float_id.jsonl",
        "jsonl",
        "ok",
        jsonl({"id": 12.0, "text": PARAGRAPHS[0]}, {"id": 1e308, "text": PARAGRAPHS[1]}),
    )


def csv_cases() -> Iterator[Case]:
    yield Case("c_good.csv", "csv", "ok", csv_bytes(GOOD_ROWS))
    yield Case("c_unclosed_quote.csv", "csv", "fail",
               b'id,text\nq1,"this quote never closes\n' + b"".join(f"q{i},row {i}\n".encode() for i in range(2, 2000)))  # fmt: skip
    yield Case("c_unclosed_after_good.csv", "csv", "mixed",
               csv_bytes(GOOD_ROWS) + b'q9,"unclosed\nq10,more\n', good=2)  # fmt: skip
    yield Case(
        "c_1mb_fields.csv", "csv", "ok", csv_bytes([["m1", ("word " * 200_000)], *GOOD_ROWS])
    )
    yield Case("c_1mb_broken.csv", "csv", "any",
               b'id,text\nb1,"' + b"x" * 1_000_000 + b'"junk"more\nb2,' + b"y" * 1_000_000 + b'"\n' + csv_bytes(GOOD_ROWS)[8:])  # fmt: skip
    yield Case("c_markup_header.csv", "csv", "fail", b"[/red],[bold]body\n1,hello\n")
    yield Case(
        "c_markup_ids.csv",
        "csv",
        "ok",
        csv_bytes([["[/bold]", PARAGRAPHS[0]], ["\x1b[2J", PARAGRAPHS[1]]]),
    )
    yield Case("c_ragged.csv", "csv", "mixed", csv_bytes(GOOD_ROWS) + b"r1\nr2,a,b,c,d\n", good=2)
    yield Case("c_nul.csv", "csv", "ok", csv_bytes([["n1", "NUL\x00inside " + PARAGRAPHS[0]]]))
    yield Case("c_header_only.csv", "csv", "fail", b"id,text\n")
    yield Case("c_no_header.csv", "csv", "fail", b"\n\n\n")
    yield Case(
        "c_semicolon.csv",
        "csv",
        "ok",
        csv_bytes(GOOD_ROWS).replace(b'","', b'";"').replace(b"id,text", b"id;text"),
    )
    yield Case(
        "c_quotes_in_unquoted.csv",
        "csv",
        "ok",
        b'id,text\nu1,he said "yes" then ' + PARAGRAPHS[0].encode() + b"\n",
    )
    yield Case(
        "c_many_columns.csv",
        "csv",
        "ok",
        b"id,text,"
        + b",".join(b"c%d" % i for i in range(5000))
        + b"\nw1,"
        + PARAGRAPHS[0].encode().replace(b",", b" ")
        + b"," * 5000
        + b"\n",
    )
    yield Case("c_cr_only.csv", "csv", "ok", csv_bytes(GOOD_ROWS).replace(b"\n", b"\r"))
    yield Case("c_tsv.tsv", "csv", "ok", b"id\ttext\nt1\t" + PARAGRAPHS[0].encode() + b"\n")


def feed_cases() -> Iterator[Case]:
    laughs = (
        '<!DOCTYPE rss [<!ENTITY a "hahahahahahahahahaha">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
        + "]>"
    )
    yield Case("f_billion_laughs.rss", "rss", "any", rss(rss_item("bl-1", "Laughs &j;"), laughs))
    yield Case(
        "f_billion_laughs_body.rss",
        "rss",
        "any",
        rss(rss_item("bl-2", text="&j; " + PARAGRAPHS[0]), laughs),
    )
    yield Case(
        "f_xxe.rss",
        "rss",
        "any",
        rss(
            rss_item("xxe-1", "&xxe;"), '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        ),
    )
    yield Case(
        "f_good.rss", "rss", "ok", rss(rss_item("g-1") + rss_item("g-2", text=PARAGRAPHS[1]))
    )
    yield Case(
        "f_deep.rss", "rss", "any", rss("<item>" + "<x>" * 50000 + "</x>" * 50000 + "</item>")
    )
    yield Case("f_no_entries.rss", "rss", "fail", rss(""))
    yield Case(
        "f_no_text.rss",
        "rss",
        "mixed",
        rss("<item><guid>e</guid><title>t</title></item>" + rss_item("g-3")),
        good=1,
    )
    yield Case(
        "f_malformed.rss", "rss", "mixed", rss(rss_item("m-1") + "<item><title>unclosed"), good=1
    )
    yield Case(
        "f_markup_title.rss",
        "rss",
        "mixed",
        rss(rss_item("[/red]", "[bold]Title[/bold] \x1b[31m")),
        good=1,
    )
    yield Case(
        "f_surrogate_ref.rss",
        "rss",
        "any",
        rss(rss_item("sr-1", "Bad &#xD800; ref", "Text &#xDFFF; &#0; " + PARAGRAPHS[0])),
    )
    yield Case("f_not_xml.rss", "rss", "fail", b"this is not a feed at all\n" * 10)
    yield Case("f_html_as_feed.xml", "rss", "any", page("Pumping station opens"))
    yield Case("f_atom_good.atom", "atom", "ok", (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley</title>'
        f"<entry><id>urn:x:1</id><title>T</title><content type='html'>&lt;p&gt;{PARAGRAPHS[0]}&lt;/p&gt;</content></entry></feed>"
    ).encode())  # fmt: skip
    yield Case("f_atom_many_entries.atom", "atom", "ok", (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley</title>'
        + "".join(f"<entry><id>urn:x:{i}</id><title>T{i}</title><summary>{PARAGRAPHS[i % 3]} {i}</summary></entry>" for i in range(3000))
        + "</feed>"
    ).encode())  # fmt: skip
    yield Case("f_binary.rss", "rss", "fail", bytes(range(256)) * 64)
    yield Case("f_empty.rss", "rss", "fail", b"")


def html_cases() -> Iterator[Case]:
    yield Case("h_good.html", "html", "ok", page("Pumping station opens"))
    yield Case(
        "h_deep_50000.html",
        "html",
        "any",
        b"<html><body>"
        + b"<div>" * 50000
        + b"<p>"
        + PARAGRAPHS[0].encode()
        + b"</p>"
        + b"</div>" * 50000
        + b"</body></html>",
    )
    yield Case(
        "h_deep_unclosed.html",
        "html",
        "any",
        b"<html><body>" + b"<span><b><i>" * 30000 + PARAGRAPHS[0].encode(),
    )
    yield Case(
        "h_attrs_20000.html",
        "html",
        "ok",
        page(
            "Many attributes",
            head="",
            body="<div "
            + " ".join(f'data-a{i}="v{i}"' for i in range(20000))
            + ">"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "</div>",
        ),
    )
    yield Case(
        "h_paragraphs_100k.html",
        "html",
        "ok",
        page(
            "Endless page",
            body="".join(
                f"<p>Paragraph {i} of a very long page, with a few words.</p>"
                for i in range(100_000)
            ),
        ),
    )
    yield Case("h_binary.html", "html", "fail", bytes(range(256)) * 100)
    yield Case("h_empty.html", "html", "fail", b"")
    yield Case(
        "h_scripts_only.html",
        "html",
        "fail",
        b"<html><head><script>" + b"var x = 1;\n" * 10000 + b"</script></head><body></body></html>",
    )
    yield Case("h_nul.html", "html", "any", page("NUL page").replace(b"valley", b"val\x00ley"))
    yield Case(
        "h_comment.html",
        "html",
        "any",
        b"<html><body><!--" + b"-" * 2_000_000 + b"<p>" + PARAGRAPHS[0].encode(),
    )
    yield Case(
        "h_lying_charset.html", "html", "ok", page("Charset lie", head="<meta charset='utf-16'>")
    )
    yield Case(
        "h_unknown_charset.html",
        "html",
        "ok",
        page("Unknown charset").replace(b"utf-8", b"x-no-such-charset"),
    )
    yield Case("h_markup_title.html", "html", "ok", page("[/red][bold]Title\x1b[31m"))
    yield Case(
        "h_entities.html",
        "html",
        "ok",
        page(
            "Entities &#xD800; &#0; &#x110000; &amp;",
            body="".join(f"<p>{p} &#xDC80;</p>" for p in PARAGRAPHS),
        ),
    )
    yield Case(
        "h_long_line_text.html",
        "html",
        "ok",
        page("One long paragraph", body="<p>" + "word " * 400_000 + "</p>"),
    )


def warc_cases() -> Iterator[Case]:
    good = warc_record("https://valley.example/good", page("Pumping station opens"))
    good2 = warc_record(
        "https://valley.example/good2",
        page("Farmers wait for water", body="".join(f"<p>{p}</p>" for p in PARAGRAPHS[::-1])),
    )
    yield Case("w_good.warc.gz", "warc", "ok", warc_gz(good, good2))
    yield Case("w_good_plain.warc", "warc", "ok", good + good2)
    yield Case("w_truncated.warc.gz", "warc", "mixed", warc_gz(good, good2)[:-40], good=1)
    yield Case(
        "w_bad_length.warc",
        "warc",
        "any",
        good.replace(b"Content-Length: ", b"Content-Length: 9") + good2,
    )
    yield Case(
        "w_negative_length.warc",
        "warc",
        "any",
        good.replace(b"Content-Length: ", b"Content-Length: -") + good2,
    )
    yield Case(
        "w_trailing_garbage.warc.gz",
        "warc",
        "mixed",
        warc_gz(good, good2) + b"garbage after the archive",
        good=2,
    )
    yield Case("w_not_gzip.warc.gz", "warc", "fail", b"\x1f\x8b" + os.urandom(2000))
    yield Case(
        "w_only_requests.warc.gz",
        "warc",
        "fail",
        warc_gz(good.replace(b"WARC-Type: response", b"WARC-Type: request")),
    )
    yield Case(
        "w_binary_payload.warc.gz",
        "warc",
        "mixed",
        warc_gz(warc_record("https://valley.example/bin", bytes(range(256)) * 50), good),
        good=1,
    )
    yield Case(
        "w_markup_uri.warc.gz",
        "warc",
        "ok",
        warc_gz(warc_record("https://valley.example/[/red]\x1b[31m", page("Markup in address"))),
    )
    yield Case(
        "w_header_no_newline.warc.gz",
        "warc",
        "fail",
        gz(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/" + b"a" * 3_000_000),
    )
    yield Case("w_empty_gzip.warc.gz", "warc", "fail", gz(b""))
    yield Case(
        "w_chunked_garbage.warc.gz",
        "warc",
        "any",
        warc_gz(
            warc_record("https://valley.example/ch", b"zz\r\n" + page("x"), length=None).replace(
                b"Content-Type: text/html", b"Transfer-Encoding: chunked\r\nContent-Type: text/html"
            ),
            good,
        ),
    )


def dump_cases() -> Iterator[Case]:
    yield Case("d_good.txt", "dump", "ok", good_dump(2))
    yield Case(
        "d_headlines.txt",
        "dump",
        "fail",
        "\n".join(f"Big News Headline Number {i} Today" for i in range(30000)).encode(),
    )
    yield Case(
        "d_captions.txt",
        "dump",
        "ok",
        (
            dump_article("Caption storm").replace(
                "By Staff Writer", "\n".join(f"Photo credit: Agency {i}" for i in range(5000))
            )
        ).encode(),
    )
    yield Case(
        "d_one_article_many_paragraphs.txt",
        "dump",
        "ok",
        (
            "Long report on the canal\n\n3 March 2022\n\n"
            + "\n\n".join(
                f"This is paragraph {i} of the report, and it is long enough to be body text."
                for i in range(20000)
            )
        ).encode(),
    )
    yield Case("d_blank_lines.txt", "dump", "fail", b"\n" * 100000)
    yield Case("d_short_lines.txt", "dump", "fail", b"a\n" * 100_000)
    yield Case(
        "d_controls.txt", "dump", "any", good_dump(1).replace(b"water", b"wa\x1b[31mter\x07")
    )
    yield Case("d_nul_late.txt", "dump", "any", good_dump(1) + b"\x00" * 10 + good_dump(1))
    yield Case("d_long_line_then_good.txt", "dump", "ok", b"x" * 3_000_000 + b"\n\n" + good_dump(2))
    yield Case(
        "d_markup_text.txt", "dump", "ok", good_dump(1).replace(b"Pumping", b"[/red][bold]Pumping")
    )
    yield Case("t_text.text", "text", "ok", good_dump(1))


def fs_cases() -> Iterator[Case]:
    """File-system oddities: each must be reported by name and skipped, never opened."""

    def fifo(path: Path) -> None:
        os.mkfifo(path)

    def link_loop(path: Path) -> None:
        other = path.with_name("loop_b.txt")
        os.symlink(other.name, path)
        os.symlink(path.name, other)

    def dangling(path: Path) -> None:
        os.symlink("no-such-target.txt", path)

    def dev_zero(path: Path) -> None:
        os.symlink("/dev/zero", path)

    def sock(path: Path) -> None:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()

    def unreadable(path: Path) -> None:
        path.write_bytes(good_dump(1))
        path.chmod(0)

    def unreadable_dir(path: Path) -> None:
        path.mkdir()
        (path / "inside.txt").write_bytes(good_dump(1))
        path.chmod(0)

    yield Case("fifo.txt", "fs", "fail", make=fifo)
    yield Case("loop_a.txt", "fs", "fail", make=link_loop)
    yield Case("dangling.txt", "fs", "fail", make=dangling)
    yield Case("zero.txt", "fs", "fail", make=dev_zero)
    yield Case("sock.txt", "fs", "fail", make=sock)
    yield Case("unreadable.txt", "fs", "fail", make=unreadable, note="needs a non-root reader")
    yield Case("unreadable_dir", "fs", "fail", make=unreadable_dir, note="needs a non-root reader")
    yield Case(b"caf\xe9_latin1_name.txt", "dump", "ok", good_dump(1).replace(b"Pumping", b"Named"))
    yield Case(b"\xff\xfe_bytes.jsonl", "jsonl", "ok", jsonl(record("nb1")))
    yield Case("x[/red]y.txt", "dump", "ok", good_dump(1).replace(b"Pumping", b"Marked"))
    yield Case("[bold]bad[/bold].txt", "dump", "fail", b"")
    yield Case("new\nline.txt", "dump", "fail", b"")
    yield Case("ansi\x1b[31m.txt", "dump", "fail", b"")


def small_cases(seed: int = SEED) -> list[Case]:
    rng = random.Random(seed)
    groups: list[Iterator[Case]] = [
        damaged_examples(rng), encodings(), jsonl_cases(), csv_cases(), feed_cases(),
        html_cases(), warc_cases(), dump_cases(), fs_cases(),
    ]  # fmt: skip
    return [case for group in groups for case in group]


def big_cases() -> list[Case]:
    """Inputs that are big once decompressed or read; a few MB on disk at most."""
    ten_mb = 10 * 1024 * 1024
    zeros_record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://bomb.example/\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: 8589934592\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    )
    return [
        Case("b_10mb_line.txt", "dump", "any", b"x" * ten_mb),
        Case("b_10mb_line_words.txt", "dump", "any", b"Word and more words. " * (ten_mb // 21)),
        Case("b_10mb_record.jsonl", "jsonl", "ok", jsonl(record("big1", " ".join(PARAGRAPHS) + " words" * (ten_mb // 6)))),
        Case("b_10mb_garbage_line.jsonl", "jsonl", "mixed", b"{" + b"x" * ten_mb + b"\n" + jsonl(record("after1")), good=1),
        Case("b_bomb_zeros.warc.gz", "warc", "fail", gzip_stream(b"", b"\0", 1 << 30)),
        Case("b_bomb_record.warc.gz", "warc", "fail", gzip_stream(zeros_record, b"<p>", 1 << 30)),
        Case("b_bomb_header_line.warc.gz", "warc", "fail", gzip_stream(b"WARC/1.0\r\nWARC-Target-URI: http://x/", b"a", 1 << 30)),
        Case("b_csv_broken_1mb.csv", "csv", "any", b'id,text\n1,"' + (b"y" * 1_000_000 + b"\n") * 12),
        Case("b_paragraphs_200k.html", "html", "ok", page("Endless page", body="".join(f"<p>Paragraph {i} has words.</p>" for i in range(200_000)))),
    ]  # fmt: skip


def write_case(directory: Path, case: Case) -> Path:
    name = case.name if isinstance(case.name, bytes) else case.name.encode()
    path = Path(os.fsdecode(os.path.join(os.fsencode(directory), name)))
    path.parent.mkdir(parents=True, exist_ok=True)  # "x[/red]y.txt" is a file in "x["
    if case.make is not None:
        case.make(path)
    else:
        assert case.data is not None
        path.write_bytes(case.data)
    return path


def restore_permissions(directory: Path) -> None:
    """Make what the cases locked readable again, so the directory can be removed."""
    for root, dirs, files in os.walk(directory):
        for name in dirs + files:
            full = os.path.join(root, name)
            if not os.path.islink(full):
                mode = os.lstat(full).st_mode
                if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
                    os.chmod(full, 0o755 if stat.S_ISDIR(mode) else 0o644)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0])
    groups = {"small": small_cases()}
    if "--big" in argv:
        groups["big"] = big_cases()
    for group, cases in groups.items():
        directory = out / group
        directory.mkdir(parents=True, exist_ok=True)
        for case in cases:
            write_case(directory, case)
            print(f"{group}\t{case.kind}\t{case.expect}\t{case.text_name!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
