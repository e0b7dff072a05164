"""Attributions of a fixed shape (quotes6): pro-forms, "made it clear", names given in a
free or relative clause, "as stated in X", "by X's own admission", and questions a source
leaves open. Every passage is invented for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from annalyst.nlp.quotes import resolved_quotes
from quote_helpers import quote_pipeline, quotes, speaker_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield quote_pipeline()


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The harbour master said as much in an interview on Thursday.",
            "as much",
            "The harbour master",
        ),
        ("The mayor said so on Tuesday.", "so", "The mayor"),
    ],
)
def test_a_pro_form_is_what_was_said(nlp: Language, text: str, words: str, speaker: str) -> None:
    (q,) = quotes(nlp, text)
    assert q.text == words
    assert q.cue == "said"
    assert q.act == "statement"
    assert speaker_words(text, q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The farmers did so far too late.",
        "The drivers paid as much as they could.",
        "The clerk would say so if asked.",
        "The minister did not say so.",
    ],
)
def test_no_pro_form_without_a_report(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The governor made it clear that she would not seek a third term.",
        "In a radio interview, the governor made it clear she would not seek a third term.",
    ],
)
def test_making_it_clear_states_the_clause(nlp: Language, text: str) -> None:
    (q,) = quotes(nlp, text)
    assert q.text == "she would not seek a third term"
    assert q.cue == "made it clear"
    assert (speaker_words(text, q) or "").lower() == "the governor"
    assert q.act == "statement"


def test_what_someone_called_a_thing_is_their_characterization(nlp: Language) -> None:
    text = "The ferry service was halted after what the union called a reckless gamble."
    (q,) = quotes(nlp, text)
    assert q.act == "characterization"
    assert q.text == "a reckless gamble"
    assert speaker_words(text, q) == "the union"


def test_a_quoted_name_in_a_free_relative_is_a_scare_term(nlp: Language) -> None:
    text = "The strike followed what the union called the “second betrayal” of the dockers."
    assert quotes(nlp, text) == []


def test_a_relative_name_is_a_characterization(nlp: Language) -> None:
    text = "The toll, which the chief executive called total nonsense, was repealed in May."
    (q,) = quotes(nlp, text)
    assert (q.text, q.cue, q.act) == ("total nonsense", "called", "characterization")
    assert speaker_words(text, q) == "the chief executive"


def test_what_the_writer_calls_a_thing_is_no_quote(nlp: Language) -> None:
    assert quotes(nlp, "The town needs what we call a second chance.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As stated in the council's report, the bridge will close for repairs in June.", "report"),
        ("As reported by the Gazette, the bridge will close for repairs in June.", "Gazette"),
    ],
)
def test_as_stated_in_a_source(nlp: Language, text: str, speaker: str) -> None:
    (q,) = quotes(nlp, text)
    assert q.text == "the bridge will close for repairs in June"
    assert q.act == "statement"
    got = speaker_words(text, q)
    assert got is not None and got.endswith(speaker)


def test_as_stated_in_the_past_is_no_source(nlp: Language) -> None:
    assert quotes(nlp, "As noted in the past, the bridge will close for repairs in June.") == []


def test_by_someones_own_admission(nlp: Language) -> None:
    text = "By the baker's own admission, his prices are far higher than his rivals'."
    (q,) = quotes(nlp, text)
    assert q.text.startswith("his prices are far higher")
    assert q.cue is not None and q.cue.endswith("own admission")
    assert speaker_words(text, q) == "the baker"


def test_by_my_count_is_the_writers(nlp: Language) -> None:
    assert quotes(nlp, "By my count, the bridge has closed four times this year.") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The council members have not said when they would take up the budget.",
            "when they would take up the budget",
        ),
        ("The spokesman would not say why the ferry was cancelled.", "why the ferry was cancelled"),
    ],
)
def test_a_question_left_open_is_attributed(nlp: Language, text: str, words: str) -> None:
    (q,) = quotes(nlp, text)
    assert q.text == words
    assert q.act == "statement"


def test_an_as_aside_inside_the_sentence_names_the_speaker(nlp: Language) -> None:
    text = "The harbour, as one of the engineers pointed out, rarely freezes in winter."
    (q,) = quotes(nlp, text)
    assert q.text.startswith("The harbour")
    assert q.text.endswith("rarely freezes in winter")
    assert q.cue == "pointed out"
    assert speaker_words(text, q) == "one of the engineers"


def test_an_aside_of_comparison_before_the_clause(nlp: Language) -> None:
    text = "Several economists cautioned, as did the bank itself, that the forecast might change."
    (q,) = quotes(nlp, text)
    assert q.text == "the forecast might change"
    assert q.cue == "cautioned"
    assert speaker_words(text, q) == "Several economists"


def test_an_aside_of_comparison_reports_nothing_without_a_speech_verb(nlp: Language) -> None:
    assert quotes(nlp, "He left early, as did his wife, so that they could catch the train.") == []


def test_a_noun_keeps_its_clause_when_the_parser_hangs_it_elsewhere(nlp: Language) -> None:
    text = "The mayor has been frank in her acknowledgment that she needs to raise revenue."
    (q,) = quotes(nlp, text)
    assert q.text == "she needs to raise revenue"
    assert q.cue == "acknowledgment"


def test_a_denied_belief_pro_form(nlp: Language) -> None:
    text = "The coach doesn't think so."
    (q,) = quotes(nlp, text)
    assert (q.text, q.act) == ("so", "belief")
    assert speaker_words(text, q) == "The coach"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "His argument is that the toll is unfair to farmers.",
            "the toll is unfair to farmers",
            "His",
        ),
        (
            "The mayor's bet is that voters will forgive him.",
            "voters will forgive him",
            "The mayor",
        ),
    ],
)
def test_a_noun_of_someone_is_its_clause(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.text == words
    assert speaker_words(text, q) == speaker


def test_nobodys_noun_is_no_attribution(nlp: Language) -> None:
    assert quotes(nlp, "The problem is that the bridge is old.") == []


def test_a_question_not_yet_answered(nlp: Language) -> None:
    text = "The governor has yet to explain why the bridge was closed."
    (q,) = quotes(nlp, text)
    assert q.text == "why the bridge was closed"
    assert speaker_words(text, q) == "The governor"


def test_a_comparison_with_a_broadcaster(nlp: Language) -> None:
    text = "Mr. Smith likened the channel to the BBC in an interview last week."
    (q,) = quotes(nlp, text)
    assert q.act == "characterization"
    assert q.text == "the channel to the BBC"


def test_seeming_sure_of_a_clause_is_a_belief(nlp: Language) -> None:
    text = "The farmers seem confident they have the votes to block the canal."
    (q,) = quotes(nlp, text)
    assert (q.text, q.act, q.cue) == (
        "they have the votes to block the canal",
        "belief",
        "seem confident",
    )
    assert speaker_words(text, q) == "The farmers"


def test_seeming_without_a_holder_is_no_belief(nlp: Language) -> None:
    assert quotes(nlp, "The canal seems sure to close.") == []


def test_seeming_clear_to_nobody_named_is_the_writers_stance(nlp: Language) -> None:
    (q,) = quotes(nlp, "It seems clear that the canal will close.")
    assert (q.act, q.text, q.speaker_start) == ("belief", "the canal will close", None)


def test_taking_to_a_platform_to_say_is_saying(nlp: Language) -> None:
    text = "The senator took to Twitter to say that the mayor was lying."
    (q,) = quotes(nlp, text)
    assert (q.text, q.cue) == ("the mayor was lying", "say")
    assert speaker_words(text, q) == "The senator"


def test_taking_to_a_platform_that_is_only_planned_says_nothing(nlp: Language) -> None:
    assert quotes(nlp, "The senator will take to the stage to say that taxes will rise.") == []


def test_an_accusation_ends_before_a_verb_of_the_accusers(nlp: Language) -> None:
    text = (
        "The senator took to Twitter to accuse the mayor's aides of being fooled by a scam "
        "and urge voters to read the report."
    )
    accusation = next(q for q in quotes(nlp, text) if q.cue == "accuse")
    assert accusation.text == "being fooled by a scam"


def test_a_contracted_has_is_no_passive(nlp: Language) -> None:
    text = (
        "It has become a major issue in the campaign, with the governor — who’s called for "
        "big tax hikes on the rich — lambasting the mayor’s plan."
    )
    found = {q.cue: q for q in quotes(nlp, text)}
    assert found["called for"].text == "big tax hikes on the rich"
    assert found["called for"].act == "request"
    assert found["lambasting"].text == "the mayor’s plan"
    assert speaker_words(text, found["lambasting"]) == "the governor"


def test_a_contracted_is_stays_passive(nlp: Language) -> None:
    assert quotes(nlp, "The senator, who's been criticized for years, spoke on Friday.") == []


def test_a_subject_taken_from_a_heading_paragraph(nlp: Language) -> None:
    # The parser's slip, set by hand (it depends on the words around): the heading's
    # "Latest" is the subject and the name in the next paragraph its apposition.
    text = "The Latest on the race:\n\n7 p.m.\n\nJohn Smith is questioning the count."
    ref = nlp(text)
    heads, deps = [t.head.i for t in ref], [t.dep_ for t in ref]
    verb = next(t.i for t in ref if t.text == "questioning")
    heads[1], deps[1] = verb, "nsubj"  # Latest
    heads[8], deps[8] = 1, "advmod"  # p.m.
    heads[11], deps[11] = 1, "appos"  # Smith
    heads[verb], deps[verb] = verb, "ROOT"
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in ref],
        spaces=[bool(t.whitespace_) for t in ref],
        heads=heads,
        deps=deps,
        tags=[t.tag_ for t in ref],
    )
    doc._.published = "2024-03-01"
    after = nlp.pipe_names[nlp.pipe_names.index("parser") + 1 :]
    for name, proc in nlp.pipeline:
        if name in after:  # (the stages before the parser made the tags copied above)
            doc = proc(doc)
    (q,) = resolved_quotes(doc)
    assert (q.text, q.cue) == ("the count", "questioning")
    assert speaker_words(text, q) == "John Smith"


@pytest.mark.parametrize(
    ("text", "report", "name"),
    [
        (
            "The mayor said the council had met and called the vote a farce.",
            "the council had met",
            "the vote a farce",
        ),
        (
            "The mayor said the bridge was unsafe and described the repairs as a scandal.",
            "the bridge was unsafe",
            "the repairs as a scandal",
        ),
    ],
)
def test_a_name_given_after_a_report_is_its_own_record(
    nlp: Language, text: str, report: str, name: str
) -> None:
    found = {q.act: q for q in quotes(nlp, text)}
    assert found["statement"].text == report
    assert found["characterization"].text == name
    assert speaker_words(text, found["characterization"]) == "The mayor"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "At the rally she waved. “Here comes Big Daddy,” she said, clapping.",
            "Here comes Big Daddy,",
            "she",
        ),
        ("“Here Comes The Mayor,” said the bandleader.", "Here Comes The Mayor,", "the bandleader"),
    ],
)
def test_capitalised_words_followed_by_their_attribution_are_a_quote(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    (q,) = quotes(nlp, text)
    assert (q.type, q.text, q.cue) == ("direct", words, "said")
    assert speaker_words(text, q) == speaker


def test_a_song_title_before_another_verb_is_no_quote(nlp: Language) -> None:
    text = "After singing “A Change Is Gonna Come,” she added a verse of her own."
    assert all(q.type != "direct" for q in quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor stopped short of calling the officer's actions racially motivated.",
        "The mayor described the incident as a “terrible situation,” but stopped short of "
        "calling the officer's actions racially motivated.",
    ],
)
def test_stopping_short_of_calling(nlp: Language, text: str) -> None:
    q = next(q for q in quotes(nlp, text) if q.cue == "calling")
    assert q.text == "the officer's actions racially motivated"
    assert q.act == "characterization"
    assert speaker_words(text, q) == "The mayor"


def test_a_demonstrative_subject_is_part_of_the_report(nlp: Language) -> None:
    text = "Few experts believe that is likely."
    (q,) = quotes(nlp, text)
    assert (q.text, q.act) == ("that is likely", "belief")


def test_a_complementizer_before_an_aside_is_not_the_report(nlp: Language) -> None:
    text = "The comedian joked that, among young voters, the mayor ranks fourth."
    (q,) = quotes(nlp, text)
    assert q.text == "among young voters, the mayor ranks fourth"


def test_referring_to_a_thing_as_something(nlp: Language) -> None:
    text = "Growing up, my uncle referred to the governor as a crook."
    (q,) = quotes(nlp, text)
    assert (q.text, q.act, q.cue) == ("the governor as a crook", "characterization", "referred to")
    assert speaker_words(text, q) == "my uncle"


def test_being_referred_somewhere_is_no_name(nlp: Language) -> None:
    assert quotes(nlp, "She was referred to the clinic as an emergency.") == []


def test_a_participle_after_a_report_is_the_speakers_aside(nlp: Language) -> None:
    text = (
        "Analysts said several factors have contributed to the country's appeal, citing the "
        "strategic importance of a nation that borders China."
    )
    found = {q.cue: q for q in quotes(nlp, text)}
    assert found["said"].text == "several factors have contributed to the country's appeal"
    assert found["citing"].text == "the strategic importance of a nation that borders China"
    assert speaker_words(text, found["citing"]) == "Analysts"


def test_an_apposition_after_a_comma_is_no_object(nlp: Language) -> None:
    text = (
        "The bank pointed to the country's decision to leave the union as an example of rising "
        "sentiment against trade that risks undermining investment, a key factor driving growth "
        "for decades."
    )
    (q,) = quotes(nlp, text)
    assert q.cue == "pointed to"
    assert q.text.startswith("the country's decision to leave the union as an example")
    assert q.text.endswith("that risks undermining investment")


@pytest.mark.parametrize(
    ("text", "words", "act"),
    [
        ("The senator broke the promise he vowed to keep.", "the promise", "promise"),
        (
            "The plan is the main tool to meet the emissions target it pledged to reach at the "
            "climate talks in Paris.",
            "the emissions target",
            "promise",
        ),
    ],
)
def test_what_an_infinitive_in_a_relative_clause_acts_on(
    nlp: Language, text: str, words: str, act: str
) -> None:
    q = next(q for q in quotes(nlp, text) if q.act == act)
    assert q.text == words


def test_what_someone_says_as_a_subject_is_no_report(nlp: Language) -> None:
    assert quotes(nlp, "Everything Johnson says is a fabrication.") == []


def test_what_someone_said_was_is_a_report(nlp: Language) -> None:
    text = "The rent rose, amounting to what the tenants said was economic blackmail."
    (q,) = quotes(nlp, text)
    assert q.text == "was economic blackmail"
    assert speaker_words(text, q) == "the tenants"


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("Seoul accused the North's leader of “fanatic recklessness.”", "“fanatic recklessness.”"),
        ("The prosecutor accused him of treason.", "treason"),
    ],
)
def test_a_short_charge_is_an_accusation(nlp: Language, text: str, charge: str) -> None:
    (q,) = quotes(nlp, text)
    assert (q.text, q.cue) == (charge, "accused")


def test_a_pronoun_charge_is_no_accusation(nlp: Language) -> None:
    assert all(q.act != "statement" for q in quotes(nlp, "The mayor accused them of it."))


def test_the_second_of_two_objects_is_what_is_offered(nlp: Language) -> None:
    text = (
        "The agency isn't offering enough veterans the kind of treatment that researchers are "
        "finally uncovering."
    )
    (q,) = quotes(nlp, text)
    assert q.text == "the kind of treatment that researchers are finally uncovering"
    assert q.cue == "offering"


def test_a_brand_keeps_its_two_objects(nlp: Language) -> None:
    text = "Tokyo branded the regime an outlaw state in the neighbourhood."
    (q,) = quotes(nlp, text)
    assert q.act == "characterization"
    assert q.text.startswith("the regime an outlaw state")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The man was shot by an officer after he allegedly brandished a pistol.",
            "he allegedly brandished a pistol",
        ),
        (
            "The commander was reportedly killed in the strike.",
            "The commander was reportedly killed in the strike",
        ),
    ],
)
def test_a_clause_reported_by_nobody_named(nlp: Language, text: str, words: str) -> None:
    q = next(q for q in quotes(nlp, text) if q.cue in ("allegedly", "reportedly"))
    assert q.text == words
    assert q.speaker is None and q.speaker_start is None


def test_a_relative_clause_reported_is_left_alone(nlp: Language) -> None:
    text = "The fighters, who are reportedly headed to the border, left on Monday."
    assert all(q.cue != "reportedly" for q in quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In the mayor's words, the bridge is a disaster waiting to happen.", "the mayor"),
        (
            "In the words of one engineer, the bridge is a disaster waiting to happen.",
            "one engineer",
        ),
    ],
)
def test_in_someones_words(nlp: Language, text: str, speaker: str) -> None:
    (q,) = quotes(nlp, text)
    assert (q.text, q.act) == ("the bridge is a disaster waiting to happen", "statement")
    assert speaker_words(text, q) == speaker


def test_in_other_words_is_the_writers(nlp: Language) -> None:
    assert quotes(nlp, "In other words, the bridge is a disaster.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("It was reported by the Gazette that the mayor will resign.", "Gazette"),
        ("It was reported that the mayor will resign.", None),
    ],
)
def test_it_was_reported_that(nlp: Language, text: str, speaker: str | None) -> None:
    (q,) = quotes(nlp, text)
    assert (q.text, q.cue) == ("the mayor will resign", "reported")
    got = speaker_words(text, q)
    assert (got or "").endswith(speaker) if speaker else got is None


@pytest.mark.parametrize(
    "text",
    [
        "It would be said that the mayor will resign.",
        "It was not announced that the border would reopen.",
    ],
)
def test_it_was_said_only_when_it_was(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb hit an army truck near Kirkuk, the Kurdistan Region Security Council reported.",
        "A mortar round struck a market in Daraa, the Syrian Observatory for Human Rights reported.",
    ],
)
def test_a_report_closed_by_a_long_name_read_as_an_apposition(nlp: Language, text: str) -> None:
    (q,) = quotes(nlp, text)
    assert text.startswith(q.text)
    assert q.cue in ("reported", "said")
    assert (speaker_words(text, q) or "").split()[-1] in ("Council", "Rights")
