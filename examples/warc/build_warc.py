"""Write examples/warc/crawl.warc.gz, a small crawl used by `make demo` and the tests.

The archive holds a warcinfo record, one request record and three responses:
two HTML news articles (which readers must turn into articles) and one PNG
image (which readers must skip). Record ids and dates are fixed, and the gzip
members carry no timestamp, so running this script again gives the same bytes.

    .venv/bin/python examples/warc/build_warc.py
"""

from __future__ import annotations

import struct
import uuid
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).with_name("crawl.warc.gz")
NAMESPACE = uuid.UUID("5b0d3c1e-6a43-4f0e-9a3d-2f1c7e0b8a11")
CRAWL_DATE = "2023-11-02T10:15:00Z"

DRONE_URL = "https://baghdadwire.example/security/2021/11/07/drone-attack-kadhimi-residence"
ELECTION_URL = "https://baghdadwire.example/politics/2021/10/11/preliminary-election-results"
LOGO_URL = "https://baghdadwire.example/static/img/logo.png"

DRONE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kadhimi unhurt after explosive drone hits his Baghdad residence | Baghdad Wire</title>
<meta name="author" content="Rasha Talib">
<meta property="og:title" content="Kadhimi unhurt after explosive drone hits his Baghdad residence">
<meta property="og:url" content="https://baghdadwire.example/security/2021/11/07/drone-attack-kadhimi-residence">
<meta property="og:site_name" content="Baghdad Wire">
<meta property="article:published_time" content="2021-11-07T08:40:00+03:00">
</head>
<body>
<header><a href="/">Baghdad Wire</a>
<nav><a href="/politics/">Politics</a> <a href="/security/">Security</a> <a href="/economy/">Economy</a> <a href="/opinion/">Opinion</a></nav>
</header>
<main>
<article>
<h1>Kadhimi unhurt after explosive drone hits his Baghdad residence</h1>
<p class="byline">By Rasha Talib &middot; <time datetime="2021-11-07T08:40:00+03:00">7 November 2021</time></p>
<figure><img src="/media/2021/11/green-zone.jpg" alt=""><figcaption>Security forces deployed at an entrance to the Green Zone in Baghdad, November 7, 2021.</figcaption></figure>
<p>Iraqi Prime Minister Mustafa al-Kadhimi escaped unharmed early on Sunday when a drone carrying explosives struck his residence in Baghdad's heavily fortified Green Zone, in what the government called a failed assassination attempt.</p>
<p>Three drones were launched at the house, according to Iraqi security officials. Two were shot down and the third hit the building, wounding several members of the prime minister's protection detail. No group has claimed responsibility.</p>
<p>"Whoever attacked my home tonight will neither frighten me nor drag Iraq backwards," al-Kadhimi wrote on Twitter hours after the attack, calling on all sides to exercise restraint.</p>
<h2>After the election dispute</h2>
<p>The attack came two days after clashes near the Green Zone between security forces and supporters of armed factions protesting against the results of the 10 October parliamentary election, in which parties linked to the factions lost many seats. At least one protester was killed in Friday's violence.</p>
<p>The United States condemned the attack and offered help with the investigation, according to a State Department statement. Iran's Foreign Ministry also condemned it, and a senior Iranian security official blamed what he described as foreign-backed groups seeking to destabilise Iraq.</p>
<p>Leaders of several factions rejected accusations against them and called for an independent inquiry, while the prime minister's office said the perpetrators had been identified and would be brought to justice.</p>
</article>
<aside><h3>Related</h3><ul>
<li><a href="/politics/2021/10/11/preliminary-election-results">Sadrists top preliminary election results as Fatah slumps</a></li>
<li><a href="/security/2021/11/05/green-zone-protest-clashes">Protesters clash with security forces at Green Zone gate</a></li>
</ul></aside>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
</main>
<footer><p>&copy; 2021 Baghdad Wire</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
"""

ELECTION_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sadrists top preliminary election results as Fatah slumps | Baghdad Wire</title>
<meta name="author" content="Haidar Jawad">
<meta property="og:title" content="Sadrists top preliminary election results as Fatah slumps">
<meta property="og:url" content="https://baghdadwire.example/politics/2021/10/11/preliminary-election-results">
<meta property="og:site_name" content="Baghdad Wire">
</head>
<body>
<header><a href="/">Baghdad Wire</a>
<nav><a href="/politics/">Politics</a> <a href="/security/">Security</a> <a href="/economy/">Economy</a> <a href="/opinion/">Opinion</a></nav>
</header>
<main>
<article>
<h1>Sadrists top preliminary election results as Fatah slumps</h1>
<p class="byline">By Haidar Jawad &middot; <time datetime="2021-10-11T21:05:00+03:00">11 October 2021</time></p>
<p>The movement of Shia cleric Muqtada al-Sadr has won the largest number of seats in Iraq's early parliamentary election, according to preliminary results released on Monday by the Independent High Electoral Commission.</p>
<p>The Sadrist list won about 73 of the 329 seats, preliminary figures showed, ahead of Speaker Mohammed al-Halbousi's Taqaddum party and the State of Law coalition of former prime minister Nouri al-Maliki. The Fatah alliance, the political front of several factions in the Popular Mobilization Units, fell to fewer than 20 seats from 48 in 2018.</p>
<p>Turnout was 41 percent, the commission said, the lowest since the first post-2003 elections. Sunday's vote had been brought forward from 2022 in response to the protest movement that began in October 2019.</p>
<p>In a televised speech from Najaf, al-Sadr welcomed the results and said that weapons must be kept in the hands of the state. "This result belongs to the Iraqi people, not to one current, and it will not be turned against any Iraqi," he said.</p>
<p>Fatah leader Hadi al-Ameri rejected the figures. "We will defend the votes of our candidates and our voters by every legal means," he said in a statement, describing the count as manipulated.</p>
</article>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<section class="comments"><h3>Comments</h3><p>Be the first to comment.</p></section>
</main>
<footer><p>&copy; 2021 Baghdad Wire</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG, built without any image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, name)}>"


def fixed(name: str, date: str = CRAWL_DATE, **extra: str) -> dict[str, str]:
    headers = {"WARC-Record-ID": record_id(name), "WARC-Date": date}
    headers.update(extra)
    return headers


def http_response(content_type: str, body: bytes) -> StatusAndHeaders:
    return StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Date", "Thu, 02 Nov 2023 10:15:00 GMT"),
            ("Server", "nginx"),
        ],
        protocol="HTTP/1.1",
    )


def build() -> bytes:
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True)

    info = b"software: annalyst examples/warc/build_warc.py\r\nformat: WARC File Format 1.0\r\ndescription: example crawl for annalyst\r\n"
    writer.write_record(
        writer.create_warc_record(
            "",
            "warcinfo",
            payload=BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict=fixed("warcinfo", **{"WARC-Filename": OUT.name}),
        )
    )

    request = (
        b"GET /security/2021/11/07/drone-attack-kadhimi-residence HTTP/1.1\r\n"
        b"Host: baghdadwire.example\r\n"
        b"User-Agent: annalyst-example-crawler/0.1\r\n"
        b"Accept: text/html\r\n\r\n"
    )
    writer.write_record(
        writer.create_warc_record(
            DRONE_URL,
            "request",
            payload=BytesIO(request),
            length=len(request),
            warc_content_type="application/http; msgtype=request",
            warc_headers_dict=fixed(
                "request:" + DRONE_URL, **{"WARC-Concurrent-To": record_id("response:" + DRONE_URL)}
            ),
        )
    )

    pages = [
        (DRONE_URL, "text/html; charset=utf-8", DRONE_HTML.encode("utf-8")),
        (ELECTION_URL, "text/html; charset=utf-8", ELECTION_HTML.encode("utf-8")),
        (LOGO_URL, "image/png", tiny_png()),
    ]
    for url, content_type, body in pages:
        writer.write_record(
            writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=http_response(content_type, body),
                warc_headers_dict=fixed("response:" + url),
            )
        )
    return buf.getvalue()


def main() -> None:
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
