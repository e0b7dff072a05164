"""Quotes and reported speech with the real spaCy pipeline, on passages written for these tests.

Grouped by phenomenon: direct quotes (marks, attribution positions, splits, paragraphs,
nesting), look-alikes that are not quotes, reported speech (verbs, "according to",
statements read out, colon introductions, transcripts), speakers (names, pronouns, role
nouns, anonymous sources), cues and media, records and robustness.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from annalyst.nlp.pipeline import build_pipeline
from annalyst.nlp.quotes import QuoteSpan, quote_id, quote_records, resolved_quotes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    pipeline = build_pipeline(stages=("actors",))
    if "annalyst_quotes" not in pipeline.pipe_names:
        pipeline.add_pipe("annalyst_quotes", last=True)
    yield pipeline


def run(nlp: Language, text: str, published: str | None = "2024-01-15") -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def quotes(nlp: Language, text: str, published: str | None = "2024-01-15") -> list[QuoteSpan]:
    return resolved_quotes(run(nlp, text, published))


def find(found: list[QuoteSpan], words: str) -> QuoteSpan:
    """The shortest quote whose text contains the words (an inner quote before its outer)."""
    hits = [q for q in found if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in found]}"
    return min(hits, key=lambda q: q.end - q.start)


def speaker(q: QuoteSpan) -> str | None:
    return None if q.speaker is None else str(q.speaker["id"])


# --------------------------------------------------------------------------- direct quotes


def test_split_quote_inside_a_sentence_gives_two_records(nlp: Language) -> None:
    text = (
        "“We will not accept any foreign bases on our soil,” Khazali said on Sunday, "
        "“and the government knows our position.”"
    )
    found = quotes(nlp, text)
    assert [q.text for q in found] == [
        "We will not accept any foreign bases on our soil,",
        "and the government knows our position.",
    ]
    assert all(q.type == "direct" for q in found)
    assert {speaker(q) for q in found} == {"qais-al-khazali"}
    assert {q.cue for q in found} == {"said"}
    for q in found:
        assert text[q.start : q.end] == q.text


def test_split_between_sentences_shares_speaker_cue_and_medium(nlp: Language) -> None:
    found = quotes(
        nlp,
        "“The talks have failed,” Kataib Hezbollah spokesman Jafar al-Husseini told The Cradle. "
        "“Our operations will resume within days.”",
    )
    first, second = find(found, "talks have failed"), find(found, "resume within days")
    assert speaker(first) == speaker(second) == "jafar-al-husseini"
    assert first.cue == second.cue == "told"
    assert first.medium == second.medium == "The Cradle"


def test_speaker_before_the_quote_with_a_colon(nlp: Language) -> None:
    text = (
        "Iraqi Prime Minister Mohammed Shia al-Sudani told the visiting delegation: "
        "“Baghdad will not be a launchpad for attacks on any neighbour.”"
    )
    (q,) = quotes(nlp, text)
    assert speaker(q) == "mohammed-shia-al-sudani"
    assert q.cue == "told"
    assert q.medium is None  # an audience, not a medium
    assert q.speaker_text is not None and "al-Sudani" in q.speaker_text


def test_quote_across_paragraphs_is_one_record(nlp: Language) -> None:
    text = (
        "Asked about the elections, Hadi al-Amiri gave a long answer:\n\n"
        "“The Badr Organization has always respected the ballot box. We accepted the results "
        "in 2018 even when we had doubts.\n\n"
        "“This time the fraud was too obvious to ignore, and we will use every legal means "
        "to challenge it.”\n\nOther parties have not commented."
    )
    (q,) = quotes(nlp, text)
    assert q.text.startswith("The Badr Organization")
    assert q.text.endswith("to challenge it.")
    assert "\n\n" in q.text
    assert speaker(q) == "hadi-al-amiri"


def test_nested_quote_keeps_the_outer_span_and_gets_its_own_speaker(nlp: Language) -> None:
    found = quotes(
        nlp,
        "“My predecessor used to warn us, ‘Never trust a promise made in Washington,’ and he "
        "was right,” Araghchi told reporters in Tehran.",
    )
    outer = find(found, "My predecessor")
    inner = find(found, "Never trust")
    assert outer.text.endswith("and he was right,")
    assert speaker(outer) == "abbas-araghchi"
    assert inner.start > outer.start and inner.end < outer.end
    assert inner.cue == "warn" and inner.speaker_text == "My predecessor"


def test_quote_inside_a_quote_spoken_by_the_speaker(nlp: Language) -> None:
    found = quotes(
        nlp,
        "Foreign Minister Abbas Araghchi was cautious. “I told the director general, ‘We will "
        "not negotiate under threats.’ Nothing has changed,” Araghchi said.",
    )
    inner = find(found, "We will not negotiate")
    assert speaker(inner) == "abbas-araghchi"
    assert inner.speaker_text == "I"


def test_straight_double_quotes(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        '"There will be no negotiations under fire," Hamas official Osama Hamdan said at a '
        "news conference in Beirut.",
    )
    assert q.text == "There will be no negotiations under fire,"
    assert speaker(q) == "osama-hamdan"
    assert q.medium == "at a news conference in Beirut"


def test_single_quotation_marks_and_apostrophes(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Michael Knights of the Washington Institute puts it bluntly: ‘The militias are "
        "testing how far they can go without a response, and Washington’s silence won’t "
        "last.’",
    )
    assert q.text.startswith("The militias are testing")
    assert q.text.endswith("won’t last.")
    assert speaker(q) == "michael-knights"


# --------------------------------------------------------------------------- look-alikes


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes and single words
        "The so-called ‘Iranian influence’ in Baghdad is exaggerated by Gulf media, which "
        "call the Popular Mobilization Forces “militias” and describe “Israel” as a neighbour.",
        # a title
        "A report titled “The Shadow Economy of the Dollar Auction” was published last week "
        "by an Iraqi think tank.",
        # a quoted heading
        "‘A red line for the resistance’\n\nThe factions warned against any expansion of the "
        "American presence in the north.",
        # a name introduced by "dubbed"
        "The operation, dubbed “True Promise”, involved more than 300 drones and missiles.",
        # a label attached by "described … as"
        "Tehran described the sanctions as “economic terrorism” and summoned the envoy.",
    ],
)
def test_quotation_marks_that_are_not_quotes(nlp: Language, text: str) -> None:
    # the marked words are nobody's statement (what someone calls or publishes is an
    # attribution of another act: "characterization", "mention")
    assert [q for q in quotes(nlp, text) if q.type == "direct" or q.act == "statement"] == []


def test_scare_quotes_inside_a_report_make_no_record_of_their_own(nlp: Language) -> None:
    found = quotes(
        nlp,
        "Kataib Hezbollah said on Monday that the “so-called advisers” were combat troops.",
    )
    assert len(found) == 1
    assert found[0].type == "mixed"


# --------------------------------------------------------------------------- reported speech


def test_said_that_gives_the_complement_clause(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Kataib Hezbollah said on Monday that it had suspended its military operations "
        "against US forces to avoid embarrassing the Iraqi government.",
    )
    assert q.type == "indirect"
    assert q.text.startswith("it had suspended")
    assert q.text.endswith("the Iraqi government")  # no full stop
    assert speaker(q) == "kataib-hezbollah"
    assert q.cue == "said"


def test_reporting_verbs_and_two_verbs_two_records(nlp: Language) -> None:
    found = quotes(
        nlp,
        "The Iraqi foreign minister Fuad Hussein warned that the region was on the edge of a "
        "wider war. He stressed that Baghdad would not take sides, and denied that Iraqi "
        "territory had been used for the attack.",
    )
    assert [q.cue for q in found] == ["warned", "stressed", "denied"]
    assert {speaker(q) for q in found} == {"fuad-hussein"}
    assert find(found, "take sides").text == "Baghdad would not take sides"


def test_report_before_its_attribution(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Three rockets struck the perimeter of Baghdad airport before dawn, the Joint "
        "Operations Command said on Tuesday.",
    )
    assert q.text.startswith("Three rockets struck")
    assert speaker(q) == "iraqi-joint-operations-command"


def test_accused_of(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Iran’s Foreign Ministry spokesman Nasser Kanaani accused Washington of fuelling the "
        "conflict by sending more weapons to Israel.",
    )
    assert q.cue == "accused"
    assert q.text.startswith("fuelling the conflict")
    assert speaker(q) == "nasser-kanaani"


def test_according_to_before_and_after(nlp: Language) -> None:
    before = quotes(
        nlp,
        "According to a senior Kurdish official, Erbil has received assurances that salaries "
        "will be paid before the holiday.",
    )
    after = quotes(
        nlp,
        "Two rockets landed near the US embassy in Baghdad overnight, according to the Iraqi "
        "security media cell.",
    )
    (q1,), (q2,) = before, after
    assert q1.cue == "According to" and q1.text.startswith("Erbil has received")
    assert q1.speaker is None and q1.speaker_text == "a senior Kurdish official"
    assert q2.cue == "according to" and q2.text.endswith("in Baghdad overnight")
    assert speaker(q2) == "iraqi-security-media-cell"


def test_statement_read_is_attributed_to_its_issuer(nlp: Language) -> None:
    found = quotes(
        nlp,
        "The Islamic Resistance in Iraq issued a statement on Telegram after the strike. "
        "“We targeted the occupation base at Ain al-Asad with drones,” the statement read.",
    )
    q = find(found, "We targeted")
    assert q.cue == "read"
    assert speaker(q) == "islamic-resistance-in-iraq"


def test_statement_read_from_someone(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "“The kingdom stands by the Palestinian people until they obtain their rights,” read "
        "a statement from Saudi Foreign Minister Faisal bin Farhan.",
    )
    assert speaker(q) == "faisal-bin-farhan"


def test_colon_introduction_without_quotation_marks(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Asked about the withdrawal timetable, Khazali told the interviewer: the Americans "
        "must leave by the end of the year or face the consequences.",
    )
    assert q.type == "indirect"
    assert q.text.startswith("the Americans must leave")
    assert speaker(q) == "qais-al-khazali" and q.cue == "told"


def test_transcript_labels(nlp: Language) -> None:
    found = quotes(
        nlp,
        "Hezbollah MP Hassan Fadlallah spoke to Al Mayadeen about the border situation.\n\n"
        "Al Mayadeen: Is a wider war inevitable?\n\n"
        "Fadlallah: Nothing is inevitable. The resistance responds to aggression and does "
        "not seek war.\n\n"
        "Al Mayadeen: And if Israel escalates?\n\n"
        "Fadlallah: Then it will find us ready, as it always has.",
    )
    # what the introduction says he spoke about is an attribution of its own (a mention)
    intro, *turns = found
    assert intro.act == "mention" and intro.cue == "spoke"
    assert intro.text == "the border situation" and speaker(intro) == "hassan-fadlallah"
    assert [speaker(q) for q in turns] == [
        "al-mayadeen",
        "hassan-fadlallah",
        "al-mayadeen",
        "hassan-fadlallah",
    ]
    assert all(q.type == "direct" and q.cue == ":" and q.act == "statement" for q in turns)
    assert turns[1].text.startswith("Nothing is inevitable")


def test_interviewer_label_is_the_outlet_and_a_pseudonym_is_one_person(nlp: Language) -> None:
    found = quotes(
        nlp,
        "A commander of the Popular Mobilization Forces spoke to Shafaq News on condition "
        "that we call him Abu Ali.\n\n"
        "Host: How many fighters crossed the border?\n\n"
        "Abu Ali: Several hundred, in small groups, over two weeks.\n\n"
        "Host: Were the Americans informed?\n\n"
        "Abu Ali: They knew everything. Their drones were above us every night.",
    )
    # "on condition that we call him Abu Ali" is how he spoke, not what about; a name given
    # is not a characterization
    assert len(found) == 4
    hosts, answers = found[0::2], found[1::2]
    assert {speaker(q) for q in hosts} == {"shafaq-news"}
    ids = {speaker(q) for q in answers}
    assert ids == {"~person:abu-ali"}  # one provisional person for the pseudonym


def test_a_paragraph_that_is_only_a_label(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Excerpts from the speech of Hezbollah Secretary-General Hassan Nasrallah:\n\n"
        "We have said from the first day that this front is a support front. It will stop "
        "when the aggression on Gaza stops.\n\n"
        "Anyone who thinks we are afraid has not understood the last forty years.",
    )
    assert q.text.startswith("We have said from the first day")
    assert q.text.endswith("the last forty years.")
    assert speaker(q) == "hassan-nasrallah"


def test_mixed_report_with_a_quoted_fragment(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Muqtada al-Sadr said the new government was “a government of quotas” and would not "
        "last a year.",
    )
    assert q.type == "mixed"
    assert "“a government of quotas”" in q.text
    assert speaker(q) == "muqtada-al-sadr"


def test_short_quotes_with_their_attribution(nlp: Language) -> None:
    found = quotes(
        nlp,
        "“Why now, after twenty years?” asked Iraqi Foreign Minister Fuad Hussein. "
        "“The timing is suspicious.”\n\n“No,” Khazali replied when asked about a truce.",
    )
    why = find(found, "Why now")
    assert why.cue == "asked" and speaker(why) == "fuad-hussein"
    timing = find(found, "The timing")
    assert timing.cue == "asked" and speaker(timing) == "fuad-hussein"
    no = find(found, "No,")
    assert no.cue == "replied" and speaker(no) == "qais-al-khazali"


def test_quote_left_open_at_the_end_of_a_paragraph(nlp: Language) -> None:
    found = quotes(
        nlp,
        "Speaking in Najaf, Muqtada al-Sadr said: “The occupier must leave and the corrupt "
        "must be held to account\n\nHis supporters chanted slogans outside the office.",
    )
    (q,) = found
    assert q.type == "direct" and speaker(q) == "muqtada-al-sadr"
    assert q.text.endswith("held to account")


def test_organisation_named_by_its_kind(nlp: Language) -> None:
    found = quotes(
        nlp,
        "The Iranian Foreign Ministry summoned the Swiss ambassador on Monday. The ministry "
        "said in a statement that the seizure of the tanker was an act of piracy.",
    )
    (q,) = found
    assert speaker(q) == "iranian-ministry-of-foreign-affairs"
    assert q.speaker_text == "The ministry"
    assert q.medium == "in a statement"


def test_requests_and_acts_are_attributions_with_their_act(nlp: Language) -> None:
    # every attribution of content to a source is a quote; `act` tells which kind, so that
    # plain statements stay selectable (`act == "statement"`)
    found = quotes(
        nlp,
        "Khazali urged the government to fix a date for the withdrawal. Asked whether the "
        "factions would resume their attacks, he smiled. The UN called for calm.",
    )
    urged = find(found, "the government to fix a date")
    assert urged.act == "request" and urged.cue == "urged" and speaker(urged) == "qais-al-khazali"
    assert find(found, "calm").act == "request"
    assert not any("smiled" in q.text or "resume" in q.text for q in found)  # a question asked


def test_frames_of_promise_intention_evaluation_and_characterization(nlp: Language) -> None:
    found = quotes(
        nlp,
        "The governor pledged to rebuild the bridge before winter. Farmers want to sell their "
        "grain abroad. Local councillors criticized the new tariff. The mayor described the "
        "flood as a warning.",
    )
    assert find(found, "to rebuild the bridge").act == "promise"
    assert find(found, "to sell their grain").act == "intention"
    assert find(found, "the new tariff").act == "evaluation"
    assert find(found, "the flood as a warning").act == "characterization"
    assert all(q.type == "indirect" for q in found)


def test_statements_keep_their_act_and_dates_are_no_content(nlp: Language) -> None:
    found = quotes(
        nlp,
        "The minister said that the road would reopen soon. The council voted on Sunday.",
    )
    assert [q.act for q in found] == ["statement"]


# --------------------------------------------------------------------------- speakers


def test_pronoun_speaker_prefers_the_previous_quote(nlp: Language) -> None:
    found = quotes(
        nlp,
        "Hezbollah leader Hassan Nasrallah addressed supporters in Beirut on Friday, a week "
        "after Israel killed a commander in the south.\n\n"
        "“The front in the south will stay open as long as the aggression continues,” he said. "
        "“Nobody should misread our patience.”\n\n"
        "He added that the group had lost 40 fighters since October.",
    )
    assert [speaker(q) for q in found] == ["hassan-nasrallah"] * 3
    assert find(found, "lost 40 fighters").speaker_text == "He"


def test_pronoun_after_a_new_subject(nlp: Language) -> None:
    found = quotes(
        nlp,
        "“The decision is final,” Sudani said.\n\n"
        "Masoud Barzani, who met the envoy later, raised a portrait of the late president.\n\n"
        "“We were not consulted,” he added.",
    )
    assert speaker(find(found, "not consulted")) == "masoud-barzani"


def test_role_noun_resolves_to_the_named_holder(nlp: Language) -> None:
    found = quotes(
        nlp,
        "Jafar al-Husseini, the spokesman of Kataib Hezbollah, said the group would not "
        "disarm. The spokesman added that the Popular Mobilization Forces were part of the "
        "state.",
    )
    assert [speaker(q) for q in found] == ["jafar-al-husseini", "jafar-al-husseini"]
    assert found[1].speaker_text == "The spokesman"


def test_dated_role_speaker(nlp: Language) -> None:
    text = "The Iraqi prime minister said on Tuesday that the coalition's mission would end."
    (q2023,) = quotes(nlp, text, "2023-05-02")
    (q2021,) = quotes(nlp, text, "2021-05-02")
    assert speaker(q2023) == "mohammed-shia-al-sudani"
    assert speaker(q2021) == "mustafa-al-kadhimi"


def test_it_refers_to_the_organisation(nlp: Language) -> None:
    found = quotes(
        nlp,
        "In a statement carried by al-Mayadeen, the Iraqi Resistance Coordination Committee "
        "warned that foreign forces had no legal basis to remain. “We will not allow the "
        "presence of any foreign soldier on Iraqi soil,” it added.",
    )
    warned, added = found
    assert warned.medium == "In a statement carried by al-Mayadeen"
    assert added.speaker_text == "it"
    assert speaker(added) == speaker(warned) is not None


def test_anonymous_sources_keep_their_description(nlp: Language) -> None:
    found = quotes(
        nlp,
        "A Kurdish security source told Rudaw that two drones had been shot down near Erbil "
        "airport.\n\nSources close to the armed factions said the attack was a response to "
        "the killing of a commander in Baghdad.",
    )
    first, second = found
    assert first.speaker is None and first.speaker_text == "A Kurdish security source"
    assert first.medium == "Rudaw"
    assert second.speaker is None
    assert second.speaker_text == "Sources close to the armed factions"


def test_the_source_refers_back_to_the_unnamed_source(nlp: Language) -> None:
    found = quotes(
        nlp,
        "A senior Iranian security source revealed that the missiles were launched from "
        "Kermanshah, not from Tabriz.\n\n“The target was chosen carefully,” the source said.",
    )
    q = find(found, "chosen carefully")
    assert q.speaker is None and q.speaker_text == "the source"


def test_two_speakers_in_one_paragraph(nlp: Language) -> None:
    found = quotes(
        nlp,
        "“We did our duty,” said Ali al-Asadi, a Badr commander. His colleague Karim Nouri "
        "disagreed: “The government should have acted weeks ago.”",
    )
    first, second = found
    assert first.speaker_text == "Ali al-Asadi" and first.cue == "said"
    assert second.cue == "disagreed"
    assert second.speaker_text == "Karim Nouri"  # a name the recogniser missed
    assert speaker(second) == "~person:karim-nouri"


def test_quoted_as_saying_by_a_medium(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Lebanese media cited Nabih Berri as saying the government would not accept any "
        "amendment to Resolution 1701.",
    )
    assert speaker(q) == "nabih-berri"
    assert q.cue == "saying" and q.medium == "Lebanese media"


def test_spokesman_of_a_named_body(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "A spokesman for the Iraqi Ministry of Interior told Shafaq News that the suspects "
        "had confessed.",
    )
    assert speaker(q) == "iraqi-ministry-of-interior"


# --------------------------------------------------------------------------- cues and media


def test_media(nlp: Language) -> None:
    found = quotes(
        nlp,
        "Speaking in an interview with BBC Persian, Abbas Araghchi said that Iran was ready to "
        "return to talks. Zarif wrote on Twitter that the offer was sincere. Salami said at a "
        "ceremony in Tehran that the enemy had been defeated. Kanaani said during a press "
        "conference that the sanctions were illegal.",
    )
    assert [q.medium for q in found] == [
        "in an interview with BBC Persian",
        "on Twitter",
        "at a ceremony in Tehran",
        "during a press conference",
    ]
    assert [q.cue for q in found] == ["said", "wrote", "said", "said"]


def test_cue_offsets_point_at_the_cue(nlp: Language) -> None:
    text = "“Our patience has limits,” the PMF chairman Falih al-Fayyadh warned on Monday."
    (q,) = quotes(nlp, text)
    assert q.cue_start is not None and q.cue_end is not None
    assert text[q.cue_start : q.cue_end] == q.cue == "warned"
    assert q.speaker_start is not None and q.speaker_end is not None
    assert text[q.speaker_start : q.speaker_end] == q.speaker_text


# --------------------------------------------------------------------------- records


def test_quote_records_have_stable_ids_and_schema_fields(nlp: Language) -> None:
    text = "“We are ready,” Khazali said. Kataib Hezbollah said it would not respond."
    doc = run(nlp, text)
    records = quote_records("article-1", doc)
    again = quote_records("article-1", run(nlp, text))
    assert [r.id for r in records] == [r.id for r in again]
    assert len({r.id for r in records}) == len(records) == 2
    assert records[0].id == quote_id("article-1", records[0].start, records[0].end)
    assert quote_id("article-2", records[0].start, records[0].end) != records[0].id
    first = records[0]
    assert first.article_id == "article-1" and first.type == "direct"
    assert first.speaker is not None and first.speaker.id == "qais-al-khazali"
    assert text[first.start : first.end] == first.text


def test_text_in_other_scripts_and_empty_text(nlp: Language) -> None:
    assert quotes(nlp, "قال المتحدث إن “المفاوضات مستمرة” مع الجانب الأمريكي.") == []
    assert quotes(nlp, "") == []


def test_quotes_survive_serialisation(nlp: Language) -> None:
    doc = run(nlp, "“The decision is ours,” Khazali said on Sunday.")
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)
    # msgpack may hand lists back as tuples; the records are the same
    (q,) = resolved_quotes(back)
    (original,) = resolved_quotes(doc)
    assert (q.start, q.end, q.text, q.cue, speaker(q)) == (
        original.start,
        original.end,
        original.text,
        original.cue,
        speaker(original),
    )
    (record,) = quote_records("a", back)
    assert record.speaker is not None and record.speaker.sectors == ["REB", "PTY"]


def test_quotes_survive_worker_processes(nlp: Language) -> None:
    texts = [
        "“We will respond,” Khazali said.",
        "Kataib Hezbollah said on Monday that it had suspended its operations.",
        "No quotation here at all.",
        "According to a senior official, talks will resume next week.",
    ]
    single = [d._.quotes for d in nlp.pipe(texts)]
    multi = [d._.quotes for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert multi == single
    assert [len(q) for q in multi] == [1, 1, 0, 1]


# --------------------------------------------------------------------------- robustness

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "«",
        "»",
        "„",
        ":",
        ",",
        ".",
        "\n\n",
        "\n",
        " ",
        "said",
        "he",
        "told",
        "that",
        "according to",
        "Khazali",
        "the source",
        "Host:",
        "Kataib Hezbollah",
        "it's",
        "Iraq’s",
        "x",
        "—",
        "(",
        ")",
        "...",
    ]
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.lists(_PIECES, max_size=60).map(" ".join),
        st.lists(_PIECES, max_size=60).map("".join),
        st.text(max_size=200),
    )
)
def test_never_raises_on_stray_quotation_marks(nlp: Language, text: str) -> None:
    doc = run(nlp, text)
    for q in resolved_quotes(doc):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.type in ("direct", "indirect", "mixed")
        if q.cue_start is not None:
            assert q.cue_end is not None and text[q.cue_start : q.cue_end] == q.cue
        if q.speaker_start is not None:
            assert q.speaker_end is not None
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text


def test_an_unnamed_body_with_none_named_before_speaks_as_itself(nlp: Language) -> None:
    (found,) = quotes(nlp, "The army said it had shelled the camp.")
    assert found.speaker is not None and found.speaker["sectors"] == ["MIL"]
