"""The dump segmenter on small dumps written for these tests, and on random text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.ingest.model import Draft, Problem
from annalyst.ingest.readers.dump import outlet_lookup
from annalyst.ingest.segmenter import segment

FIXTURES = Path(__file__).parent / "fixtures" / "dumps"


def _drafts(text: str, **kwargs: bool) -> list[Draft]:
    lines = list(enumerate(text.split("\n"), start=1))
    return [
        d for d in segment(lines, "test.txt", outlet_lookup(), **kwargs) if isinstance(d, Draft)
    ]


def test_mixed_dump_articles_and_fields() -> None:
    drafts = _drafts((FIXTURES / "mixed_formats.txt").read_text(encoding="utf-8"))
    assert [d.title for d in drafts] == [
        "Oil ministry announces new export route through Turkey",
        "Protesters gather outside provincial council in Basra",
        "Drone strike reported near Syrian border",
    ]
    first, second, third = drafts
    assert first.published == "2022-03-14"
    assert first.authors == ["Layla Haddad"]
    assert first.outlet == "Press TV"
    assert first.line_start == 1
    assert first.text.startswith("Iraq's oil ministry said on Sunday")
    assert first.text.endswith("paid into the federal account.")
    assert "Read next" not in first.text and "Parliament delays" not in first.text
    assert second.published == "2023-01-06"
    assert second.authors == [] and second.byline == "ByNews Desk-"
    assert second.outlet == "The Cradle"
    assert "views expressed" not in second.text
    # 18/07/2021 belonged to a headline with no body: that headline is not an article.
    assert third.published == "2021-07-22"
    assert third.byline == "By Staff, Agencies" and third.authors == []
    assert all(d.line_start is not None and d.line_end is not None for d in drafts)
    assert [d.line_start for d in drafts] == sorted(d.line_start for d in drafts if d.line_start)


def test_repeated_title_and_caption_are_not_body() -> None:
    text = "\n".join(
        [
            "Ministers meet in Amman to discuss water sharing",
            "",
            "January 04 2023",
            "",
            "Ministers meet in Amman to discuss water sharing",
            "",
            "Officials shake hands before the talks. (Photo credit: AFP)",
            "",
            "By Omar Saleh",
            "",
            "Water ministers from three neighbouring countries met in Amman on Tuesday to discuss the shrinking flow of the Euphrates and Tigris rivers.",
            "",
            "They agreed to set up a joint technical committee that will meet every three months.",
        ]
    )
    (draft,) = _drafts(text)
    assert draft.text.startswith("Water ministers")
    assert "Photo credit" not in draft.text
    assert draft.authors == ["Omar Saleh"]
    assert draft.published == "2023-01-04"


def test_arabic_article_after_english_is_its_own_article() -> None:
    text = "\n".join(
        [
            "Talks resume in Vienna over nuclear deal",
            "",
            "April 6, 2021",
            "",
            "Diplomats from the remaining parties to the nuclear agreement returned to Vienna on Tuesday for a new round of indirect talks.",
            "",
            "The delegations are expected to meet again later this week, officials said.",
            "",
            "جولة جديدة من المفاوضات في فيينا",
            "",
            "سامر الخطيب",
            "",
            "عاد الدبلوماسيون إلى فيينا يوم الثلاثاء لاستئناف المحادثات غير المباشرة حول الاتفاق النووي بعد توقف دام عدة أسابيع.",
            "",
            "وقال مسؤولون إن الوفود ستجتمع مرة أخرى في وقت لاحق من هذا الأسبوع.",
        ]
    )
    english, arabic = _drafts(text)
    assert english.line_end == 7
    assert arabic.title == "جولة جديدة من المفاوضات في فيينا"
    assert arabic.language == "ar"
    assert arabic.authors == ["سامر الخطيب"]
    assert arabic.line_start == 9


def test_single_mode_keeps_one_article() -> None:
    text = "A short report\n\nFirst paragraph of the report, which is long enough to count as prose.\n\nSecond paragraph."
    (draft,) = _drafts(text, single=True)
    assert draft.title == "A short report"
    assert "Second paragraph." in draft.text


def test_no_article_in_plain_prose() -> None:
    text = "this is not a news dump.\njust some lines of lower case notes.\n" * 20
    assert _drafts(text) == []


def test_long_article_is_cut_with_a_problem() -> None:
    body = ["Headline of a very long piece", "", "May 15 2022", ""]
    body += ["A paragraph that repeats many times to make the article grow very long indeed."] * 500
    lines = list(enumerate(body, start=1))
    results = list(segment(lines, "big.txt", outlet_lookup(), max_chars=5000) if False else [])
    from annalyst.ingest.segmenter import Segmenter

    results = list(Segmenter("big.txt", outlet_lookup(), max_chars=5000).run(lines))
    assert any(isinstance(r, Problem) and "longer than" in r.reason for r in results)


line_text = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        [
            "",
            "Related News",
            "March 14 2022",
            "18/07/2021",
            "By Staff, Agencies",
            "ByNews Desk-",
            "Source: Press TV",
            "Headline about talks in Baghdad",
            "A body paragraph that is long enough to count as running text in a news article.",
            "الثلاثاء 9 آذار 2021",
            "(Photo credit: AP)",
        ]
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(line_text, max_size=60))
def test_fuzz_segmenter_never_crashes_and_records_are_valid(lines: list[str]) -> None:
    numbered = list(enumerate(lines, start=1))
    for result in segment(numbered, "fuzz.txt", outlet_lookup()):
        if isinstance(result, Draft):
            assert result.text.strip()
            assert result.line_start is not None and result.line_end is not None
            assert 1 <= result.line_start <= result.line_end <= len(lines)
            assert result.published is None or len(result.published) == 10
        else:
            assert isinstance(result, Problem)
