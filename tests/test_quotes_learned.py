"""The learned reader of broad attributions (`annalyst.nlp.quotes.learned`): which
candidates it reads, how it chooses among them, and how the quote component and the
command line turn it on. Its quality on public news is pinned in the gate
(``polnear_broad``). Every passage is invented for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from annalyst.nlp.pipeline import build_pipeline
from annalyst.nlp.quotes.component import QuoteExtractor
from annalyst.nlp.quotes.learned import MODEL_FILE, Candidate, StanceScorer, candidates
from quote_helpers import quote_pipeline, quotes, speaker_words

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield quote_pipeline()


def _found(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    doc = nlp(text)
    return [
        (c.cue.text, c.source.text if c.source is not None else None, c.content.text)
        for c in candidates(doc, [])
    ]


def test_a_verb_with_an_object_is_a_candidate(nlp: Language) -> None:
    found = _found(nlp, "Senator Maria Lopez did not identify the donors.")
    assert ("identify", "Lopez", "the donors") in found


def test_a_prepositional_object_is_the_content_without_its_preposition(nlp: Language) -> None:
    found = _found(nlp, "The party has focused on the cost of living.")
    assert ("focused", "party", "the cost of living") in found


def test_a_relative_pronoun_stands_for_its_noun(nlp: Language) -> None:
    found = _found(nlp, "The council, which is dedicated to protecting the river, met.")
    assert ("dedicated", "council", "protecting the river") in found


def test_a_verb_completing_another_has_the_other_s_subject(nlp: Language) -> None:
    found = _found(nlp, "The campaign plans to court older voters.")
    assert ("court", "campaign", "older voters") in found


def test_no_source_no_candidate(nlp: Language) -> None:
    assert _found(nlp, "Look at the map of the valley.") == []


def test_words_the_rules_took_are_never_read_again(nlp: Language) -> None:
    doc = nlp("Senator Maria Lopez did not identify the donors.")
    where = doc.text.index("the donors")
    assert not [c for c in candidates(doc, [(where, where + 10)]) if c.cue.text == "identify"]
    cue = doc.text.index("identify")
    assert not [c for c in candidates(doc, [(cue, cue + 8)]) if c.cue.text == "identify"]


def _candidate(nlp: Language, text: str, cue: str) -> Candidate:
    return next(c for c in candidates(nlp(text), []) if c.cue.text == cue)


def test_the_scorer_keeps_the_likeliest_of_overlapping_candidates_in_text_order(
    nlp: Language,
) -> None:
    text = "The union fears job losses, and the mayor did not address the question of pay."
    fears, address = _candidate(nlp, text, "fears"), _candidate(nlp, text, "address")
    scorer = StanceScorer({"bias": -1.0, "lemma:address": 3.0, "lemma:fear": 1.5}, 0.5)
    kept = scorer.choose([address, fears])
    assert [c.cue.text for c in kept] == ["fears", "address"]
    assert scorer.choose([fears]) == [fears]
    strict = StanceScorer(scorer.weights, 0.85)
    assert [c.cue.text for c in strict.choose([address, fears])] == ["address"]
    inner = fears.content[0:1]
    overlapping = Candidate(fears.cue, fears.source, inner, ["lemma:address"])
    assert [c.content.text for c in scorer.choose([fears, overlapping])] == ["job"]


def test_the_shipped_model_loads_and_round_trips(tmp_path: Path) -> None:
    scorer = StanceScorer.load()
    assert MODEL_FILE.is_file() and 0.0 < scorer.threshold < 1.0
    assert len(scorer.weights) > 100 and "bias" in scorer.weights
    copy = tmp_path / "model.json"
    copy.write_text(json.dumps(scorer.to_dict()), encoding="utf-8")
    again = StanceScorer.load(copy)
    assert again.weights == scorer.weights and again.threshold == scorer.threshold


def test_off_by_default_and_on_by_the_pipeline_flag() -> None:
    plain = build_pipeline(stages=("actors", "quotes"))
    extractor = plain.get_pipe("annalyst_quotes")
    assert isinstance(extractor, QuoteExtractor) and extractor.stances is None
    broad = build_pipeline(stages=("actors", "quotes"), broad_attributions=True)
    extractor = broad.get_pipe("annalyst_quotes")
    assert isinstance(extractor, QuoteExtractor) and extractor.stances is not None


def test_a_chosen_candidate_becomes_a_stance_with_its_speaker_resolved() -> None:
    nlp = build_pipeline(stages=("actors", "quotes"))
    extractor = nlp.get_pipe("annalyst_quotes")
    assert isinstance(extractor, QuoteExtractor)
    text = "Senator Maria Lopez arrived late. She did not identify the donors."
    assert not [q for q in quotes(nlp, text) if q.act == "stance"]
    extractor.stances = StanceScorer({"bias": 5.0}, 0.5)
    (stance,) = [q for q in quotes(nlp, text) if q.act == "stance"]
    assert stance.text == "the donors" and stance.type == "indirect"
    assert stance.cue == "identify" and speaker_words(text, stance) == "She"
    assert stance.speaker is not None and stance.speaker["id"].endswith("maria-lopez")


def test_a_stance_is_no_claim_of_the_events_inside_it() -> None:
    nlp = build_pipeline()
    extractor = nlp.get_pipe("annalyst_quotes")
    assert isinstance(extractor, QuoteExtractor)
    extractor.stances = StanceScorer({"bias": 5.0}, 0.5)
    doc = nlp("The rebel council, which is dedicated to attacking the army, met on Monday.")
    assert any(q["act"] == "stance" and "attacking" in q["text"] for q in doc._.quotes)
    (attack,) = [e for e in doc._.events if e["trigger"] == "attacking"]
    assert attack["status"] == "asserted" and attack["claimed_by"] is None


def test_the_command_line_flag_adds_stance_records(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            *(sys.executable, "-m", "annalyst.cli", "--broad-attributions"),
            *("extract", "--no-incidents", str(ROOT / "examples" / "dump")),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        check=True,
        cwd=tmp_path,
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    acts = {r["act"] for r in records if r["kind"] == "quote"}
    assert "stance" in acts and "statement" in acts
