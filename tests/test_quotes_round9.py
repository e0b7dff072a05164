"""Attributions of the quotes9 round. Every passage is invented for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from quote_helpers import quote_pipeline, quotes, speaker_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield quote_pipeline()


def test_whoever_has_heard_that_something_is_so_holds_it_true(nlp: Language) -> None:
    text = "Many parents have heard that the school will merge with its neighbour."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "heard"]
    assert q.text == "the school will merge with its neighbour"
    assert q.act == "belief"
    assert speaker_words(text, q) == "Many parents"


@pytest.mark.parametrize(
    "text",
    [
        "She heard the band play in the square last night.",
        "The hikers heard a loud crash from the valley below.",
        "The players learned that the stadium would close after the season.",
    ],
)
def test_hearing_without_a_that_clause_or_learning_attributes_nothing(
    nlp: Language, text: str
) -> None:
    assert not [q for q in quotes(nlp, text) if q.cue in ("heard", "learned")]


def test_an_outlet_that_has_learned_still_reports(nlp: Language) -> None:
    text = "The Tribune has learned that the mayor will resign next week."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "learned"]
    assert q.text == "the mayor will resign next week"
    assert q.act == "statement"


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Environmental groups called for the quarry to be shut down before winter.",
            "called for",
            "the quarry to be shut down before winter",
            "Environmental groups",
        ),
        (
            "The senator is calling for the audit to be published in full.",
            "calling for",
            "the audit to be published in full",
            "The senator",
        ),
    ],
)
def test_calling_for_something_to_happen_is_a_request(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert q.act == "request"
    assert speaker_words(text, q) == source


def test_a_call_for_something_in_a_hypothesis_is_nobodys_request(nlp: Language) -> None:
    text = "Critics would call for the quarry to be shut down if the river were polluted."
    assert not [q for q in quotes(nlp, text) if q.act == "request"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "While praising the volunteers, the mayor criticized the council.",
            "praising",
            "the volunteers",
            "the mayor",
        ),
        (
            "In defending herself and her record, the minister offered a glimpse of her style.",
            "defending",
            "herself and her record",
            "the minister",
        ),
        (
            "The coach thanked the fans after criticizing the referee.",
            "criticizing",
            "the referee",
            "The coach",
        ),
    ],
)
def test_a_judgement_in_a_participle_adjunct_is_the_main_subjects(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == source


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Without naming the rival club, the coach mocked its owners.", "naming"),
        (
            "The council has two options: by asking the state to pay or by raising fees.",
            "asking",
        ),
        ("In offering his help, the neighbour carried the heavy boxes upstairs.", "offering"),
    ],
)
def test_a_participle_adjunct_of_means_or_occasion_attributes_nothing(
    nlp: Language, text: str, cue: str
) -> None:
    assert not [q for q in quotes(nlp, text) if q.cue == cue]


def test_articulating_ideas_puts_them_forward(nlp: Language) -> None:
    text = "The bishop has articulated these ideas before, most notably in his Easter sermon."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "articulated"]
    assert q.text == "these ideas"
    assert q.act == "mention"
    assert speaker_words(text, q) == "The bishop"


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The two newspapers filed a motion to unseal the court records.",
            "filed a motion",
            "to unseal the court records",
            "The two newspapers",
        ),
        (
            "The senator's motion to delay the vote failed by a wide margin.",
            "motion",
            "to delay the vote",
            "The senator",
        ),
        (
            "The tenants filed a complaint about the noise from the bar.",
            "filed a complaint",
            "the noise from the bar",
            "The tenants",
        ),
    ],
)
def test_a_motion_filed_asks_for_what_it_moves(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == source


@pytest.mark.parametrize(
    "text",
    [
        "The motion passed easily after a short debate.",
        "The company filed its annual report on Monday.",
    ],
)
def test_a_motion_without_a_mover_or_a_filing_without_content_attributes_nothing(
    nlp: Language, text: str
) -> None:
    assert not quotes(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "While he acknowledged money was a major reason he felt unhappy working there, "
            "Smith also noted several “small things” made him leave.",
            "acknowledged",
            "money was a major reason he felt unhappy working there",
            "he",
        ),
        (
            "While the coach conceded the pitch was a mess in the spring, he insisted the "
            "players would cope.",
            "conceded",
            "the pitch was a mess in the spring",
            "the coach",
        ),
    ],
)
def test_a_report_in_an_adverbial_clause_keeps_its_clause_from_the_main_verb(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == source
    # the main verb keeps its own report
    assert len([q for q in quotes(nlp, text) if q.cue != cue]) == 1


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "I should say that my grandparents were farmers who never went to school.",
            "say",
            "my grandparents were farmers who never went to school",
        ),
        (
            "I must admit that the new bridge looks better than I expected.",
            "admit",
            "the new bridge looks better than I expected",
        ),
    ],
)
def test_a_first_person_who_must_say_something_says_it(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == "I"


@pytest.mark.parametrize(
    "text",
    [
        "You should say that the meeting was cancelled because of the snow.",
        "The mayor should say that the budget is balanced before the vote.",
        "I would say that the bridge looks better than the old one.",
    ],
)
def test_what_someone_should_or_would_say_is_not_said(nlp: Language, text: str) -> None:
    assert not quotes(nlp, text)


def test_the_quotation_after_as_someone_put_it_is_theirs(nlp: Language) -> None:
    text = "The new coach has been described, as a rival put it in an interview, “the accountant.”"
    (q,) = [q for q in quotes(nlp, text) if q.cue == "put"]
    assert q.text.strip("“”.") == "the accountant"
    assert speaker_words(text, q) == "a rival"


def test_as_someone_put_it_without_a_quotation_still_reports_the_sentence(
    nlp: Language,
) -> None:
    text = "The budget, as the treasurer put it, is tighter than it has been in years."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "put"]
    assert "tighter than it has been" in q.text
    assert speaker_words(text, q) == "the treasurer"


def test_an_infinitive_after_the_verbs_own_modifiers_is_what_was_intended(
    nlp: Language,
) -> None:
    text = "The zoning board voted 5-2 along party lines, to send the plan back to the council."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "voted"]
    assert q.text == "to send the plan back to the council"
    assert q.act == "intention"
    assert speaker_words(text, q) == "The zoning board"


@pytest.mark.parametrize(
    "text",
    [
        "The hikers walked for hours in the rain to reach the hut before dark.",
        "The board would vote 5-2 along party lines, to send the plan back, if asked.",
    ],
)
def test_an_infinitive_of_purpose_or_a_hypothetical_vote_is_no_intention(
    nlp: Language, text: str
) -> None:
    assert not [q for q in quotes(nlp, text) if q.act == "intention"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Just as the long delay had commuters wondering about the future of the line, the "
            "strike has drivers looking for other jobs.",
            "wondering about",
            "the future of the line",
            "commuters",
        ),
        (
            "The storm left farmers worrying about their crops.",
            "worrying about",
            "their crops",
            "farmers",
        ),
    ],
)
def test_whoever_a_causative_verb_sets_wondering_does_the_wondering(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == source


def test_a_document_a_causative_verb_has_attacking_someone_is_its_owners(
    nlp: Language,
) -> None:
    text = "The campaign has an ad attacking the senator."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "attacking"]
    assert speaker_words(text, q) == "The campaign"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The coach apologized for his past remarks.", "apologized for", "his past remarks"),
        (
            "Fans complained about the interview on the club's website.",
            "complained about",
            "the interview on the club's website",
        ),
    ],
)
def test_remarks_or_an_interview_judged_are_content_not_a_setting(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert q.act == "evaluation"


def test_a_statement_the_words_were_said_in_stays_a_setting(nlp: Language) -> None:
    text = "The club said in a statement that the coach would stay until June."
    (q,) = quotes(nlp, text)
    assert q.text == "the coach would stay until June"


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Last spring, her firm vied to take over a rival bakery, but the bid failed.",
            "vied",
            "to take over a rival bakery",
            "her firm",
        ),
        (
            "The charity strives to feed every child in the valley.",
            "strives",
            "to feed every child in the valley",
            "The charity",
        ),
    ],
)
def test_vying_or_striving_to_do_something_is_an_aim(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert q.act == "intention"
    assert speaker_words(text, q) == source


@pytest.mark.parametrize(
    "text",
    [
        "Twelve candidates vied for the top job at the museum.",
        "Bankers are looking to cut their losses before the winter.",
    ],
)
def test_vying_for_a_prize_or_looking_to_do_something_is_no_aim_of_its_own(
    nlp: Language, text: str
) -> None:
    assert not quotes(nlp, text)


def test_what_someone_is_not_sure_of_after_if_is_a_belief(nlp: Language) -> None:
    text = "Many parents weren't sure if they could afford it until their own debts were paid."
    (q,) = quotes(nlp, text)
    assert q.text.startswith("they could afford it")
    assert q.act == "belief"
    assert speaker_words(text, q) == "Many parents"


def test_a_condition_after_sure_is_no_question_held(nlp: Language) -> None:
    text = "I am sure if you ask nicely, she will help."
    assert not [q for q in quotes(nlp, text) if q.act == "belief"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Pressed on the deficit, his best answer was to say he would cut taxes for everyone.",
            "say",
            "he would cut taxes for everyone",
            "his",
        ),
        (
            "The mayor's reaction was to insist that the budget was balanced.",
            "insist",
            "the budget was balanced",
            "The mayor",
        ),
    ],
)
def test_an_answer_that_was_to_say_something_says_it(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    (q,) = [q for q in quotes(nlp, text) if q.cue == cue]
    assert q.text == content
    assert speaker_words(text, q) == source


def test_a_plan_to_say_something_says_nothing_yet(nlp: Language) -> None:
    assert not quotes(nlp, "The plan was to say that the shop would close in the spring.")
