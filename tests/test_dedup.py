from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from annalyst.ingest.dedup import DedupKeys, Deduplicator, normalise_for_hash, shingles

# A made-up wire story of about 300 words, and a second, unrelated one on a
# similar subject (same places, same kind of vocabulary).
HARBOUR = """\
PORT SALAMA - Dock workers at the northern harbour of Port Salama walked off the job on Tuesday \
morning, halting the unloading of at least eleven cargo ships and leaving hundreds of containers \
stranded on the quays.

The strike was called by the Harbour Workers Union after talks with the port authority broke down \
late on Monday night. Union leaders said the authority had refused to discuss a wage increase that \
had been promised in writing two years ago, and accused managers of hiring temporary crews to avoid \
paying overtime.

"We have waited long enough, and our members cannot feed their families on promises," said Miriam \
Ochieng, the union's general secretary, speaking to reporters outside the main gate. She said the \
strike would continue until the authority returned to the table with a concrete offer.

The port authority said in a statement that it regretted the stoppage and that its doors remained \
open. It described the union's demands as unaffordable at a time when traffic through the port had \
fallen by almost a fifth, and said it would seek a court order if the strike threatened fuel \
supplies to the capital.

Traders warned that a long stoppage would push up the price of rice, cooking oil and fertiliser, \
most of which arrive through Port Salama. Several shipping lines said they were considering \
diverting vessels to the smaller southern terminal at Kivu Bay, about three hundred kilometres \
down the coast.

The transport minister, Daniel Mwangi, appealed to both sides to settle the dispute quickly and \
said the government was ready to mediate. Police were deployed around the harbour gates on Tuesday \
afternoon, but witnesses said the picket lines remained calm and no arrests had been reported by \
the evening.

Port Salama handles about two thirds of the country's imports. A similar strike in 2019 lasted \
nine days and cost the economy an estimated forty million dollars.
"""

FLOODS = """\
KIVU BAY - Heavy rain flooded large parts of Kivu Bay on Wednesday, cutting the coastal highway \
to Port Salama and forcing more than two thousand families from their homes, local officials said.

The regional disaster office said the river that runs through the town burst its banks before \
dawn after three days of storms. Rescue teams in boats moved residents from the low-lying eastern \
districts to schools and churches on higher ground, where volunteers handed out blankets, drinking \
water and food.

"The water came up so fast that we only had time to take the children," said Grace Atieno, a \
fishmonger who spent the night on the roof of the market hall with her neighbours. Two people were \
reported missing after their car was swept off a bridge near the southern terminal.

The meteorological service warned that more rain was expected over the weekend and urged people \
living near rivers to move to safety. Schools across the district will stay closed until Monday, \
and the port of Kivu Bay suspended operations after the access road was submerged.

Engineers from the roads agency said the highway could take a week to reopen, because a section \
of embankment had been washed away. Truck drivers stranded on either side of the break said food \
was running short and that no one had told them how long they would have to wait.

The governor, Peter Kamau, visited the evacuation centres in the afternoon and promised emergency \
funds for repairs. Opposition politicians said the town's drainage had been neglected for years \
despite repeated warnings from engineers after the floods of 2018, which killed six people.

Aid agencies said they were sending tents, medicine and water purification tablets, and appealed \
for donations to help families who had lost everything.
"""

# HARBOUR with one sentence of the third paragraph rewritten.
HARBOUR_EDITED = HARBOUR.replace(
    "She said the strike would continue until the authority returned to the table with a concrete offer.",
    "She added that members would stay out for as long as it took to win a fair settlement.",
)


def test_normalise_for_hash_ignores_formatting() -> None:
    base = normalise_for_hash("The minister said: “We won’t give up.”")
    assert base == "the minister said we wont give up"
    assert normalise_for_hash('  THE Minister said — "we won\'t give up!"  ') == base
    assert normalise_for_hash("The\u00a0minister\tsaid\n\nwe wont give up...") == base
    # NFKC folds compatibility forms (fullwidth letters, ligatures).
    assert normalise_for_hash("Ｔｈｅ ﬁnal") == "the final"
    # Invisible characters and Arabic vowel marks do not count.
    assert normalise_for_hash("zero\u200bwidth") == "zerowidth"
    assert normalise_for_hash("قَالَ الوزيـــر") == normalise_for_hash("قال الوزير")


def test_shingles() -> None:
    assert shingles("One two three four five six.") == {
        b"one two three four five",
        b"two three four five six",
    }
    assert shingles("Too short") == {b"too short"}
    assert shingles(" ... ") == set()
    assert len(shingles("a b c d e f g", size=2)) == 6


def test_exact_duplicates_with_formatting_differences() -> None:
    dedup = Deduplicator()
    assert dedup.check("a1", HARBOUR)[0] is None
    shouty = HARBOUR.upper().replace("\n\n", "\n").replace(",", " ,")
    curly = HARBOUR.replace('"', "“").replace("'", "’")
    assert dedup.check("a2", shouty)[0] == "a1"
    assert dedup.check("a3", curly)[0] == "a1"
    assert dedup.check("a3", curly)[1].exact == dedup.keys(HARBOUR).exact


def test_near_duplicate_detected() -> None:
    dedup = Deduplicator()
    assert dedup.check("orig", HARBOUR)[0] is None
    duplicate_of, keys = dedup.check("edited", HARBOUR_EDITED)
    assert duplicate_of == "orig"
    assert keys.exact != dedup.keys(HARBOUR).exact


def test_near_duplicate_with_new_headline_and_dateline() -> None:
    dedup = Deduplicator()
    dedup.check("orig", HARBOUR)
    reposted = "Dockers strike at Port Salama\n\nUpdated 14:05\n\n" + HARBOUR.replace(
        "PORT SALAMA - ", "PORT SALAMA (Wire) - "
    )
    assert dedup.check("repost", reposted)[0] == "orig"


def test_different_articles_not_flagged() -> None:
    dedup = Deduplicator()
    assert dedup.check("harbour", HARBOUR)[0] is None
    assert dedup.check("floods", FLOODS)[0] is None
    # Half of one article is not a near-duplicate of the whole.
    half = HARBOUR[: len(HARBOUR) // 2]
    assert dedup.check("half", half)[0] is None
    assert len(dedup) == 3


def test_chain_points_to_first_copy() -> None:
    dedup = Deduplicator()
    assert dedup.check("first", HARBOUR)[0] is None
    assert dedup.check("second", HARBOUR_EDITED)[0] == "first"
    # An exact copy of the near-duplicate points at the original, not at "second".
    assert dedup.check("third", HARBOUR_EDITED)[0] == "first"
    assert dedup.check("fourth", HARBOUR)[0] == "first"
    # A near copy of the near copy also points at the original.
    assert dedup.check("fifth", HARBOUR_EDITED.replace("Tuesday morning", "Tuesday"))[0] == "first"
    assert len(dedup) == 1  # only the original is indexed


def test_earliest_matching_original_wins() -> None:
    dedup = Deduplicator()
    assert dedup.check("floods", FLOODS)[0] is None
    assert dedup.check("harbour", HARBOUR)[0] is None
    assert dedup.check("copy", HARBOUR_EDITED)[0] == "harbour"


def test_same_id_checked_again_is_not_its_own_duplicate() -> None:
    dedup = Deduplicator()
    assert dedup.check("a", HARBOUR)[0] is None
    assert dedup.check("a", HARBOUR)[0] is None
    assert dedup.check("b", HARBOUR)[0] == "a"


def test_short_texts_use_exact_hash_only() -> None:
    dedup = Deduplicator()
    dupe, keys = dedup.check("s1", "Breaking: port strike")
    assert dupe is None and keys.minhash == b""
    assert dedup.check("s2", "BREAKING — Port strike!")[0] == "s1"
    assert dedup.check("s3", "Breaking: port strike ends")[0] is None
    assert len(dedup) == 0


def test_empty_texts_are_never_duplicates() -> None:
    dedup = Deduplicator()
    assert dedup.check("e1", "")[0] is None
    assert dedup.check("e2", "  …  ")[0] is None


def test_keys_are_deterministic_and_sized() -> None:
    one, two = Deduplicator(), Deduplicator(num_perm=64)
    assert one.keys(FLOODS) == one.keys(FLOODS)
    assert one.keys(FLOODS) == Deduplicator().keys(FLOODS)
    assert len(one.keys(FLOODS).minhash) == 128 * 8
    assert len(two.keys(FLOODS).minhash) == 64 * 8
    with pytest.raises(ValueError, match="64"):
        one.add_existing("x", two.keys(FLOODS))


def test_rebuild_with_add_existing_gives_same_answers() -> None:
    texts = [
        ("harbour", HARBOUR),
        ("floods", FLOODS),
        ("edited", HARBOUR_EDITED),
        ("short", "Port strike"),
        ("short-copy", "PORT STRIKE."),
        ("floods-copy", FLOODS.replace("\n\n", "\n")),
    ]
    live = Deduplicator()
    stored: list[tuple[str, DedupKeys, str | None]] = []
    for article_id, text in texts:
        duplicate_of, keys = live.check(article_id, text)
        stored.append((article_id, keys, duplicate_of))
    assert [d for _, _, d in stored] == [None, None, "harbour", None, "short", "floods"]

    rebuilt = Deduplicator()
    for article_id, keys, duplicate_of in stored:
        if duplicate_of is None:
            rebuilt.add_existing(article_id, keys)
    later = [
        ("n1", HARBOUR),
        ("n2", HARBOUR_EDITED),
        ("n3", FLOODS.upper()),
        ("n4", "port strike"),
        ("n5", "Something else entirely, never seen before."),
    ]
    # n5 becomes an original in both, so compare one step at a time.
    for article_id, text in later:
        assert rebuilt.check(article_id, text)[0] == live.check(article_id, text)[0]


def test_invalid_parameters() -> None:
    with pytest.raises(ValueError):
        Deduplicator(threshold=1.0)
    with pytest.raises(ValueError):
        Deduplicator(threshold=0)
    with pytest.raises(ValueError):
        Deduplicator(shingle_size=0)


_shared = Deduplicator()
_seen: list[str] = []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(max_size=400)
    | st.text(alphabet=" \n.,'\"abcABC\u200b\u0640\u064e", max_size=400)
    # lone surrogates, as text decoded with surrogateescape may contain
    | st.text(alphabet=st.characters(categories=["Cs", "Zs", "Ll"]), max_size=50)
)
def test_check_never_raises(text: str) -> None:
    article_id = f"id{len(_seen)}"
    duplicate_of, keys = _shared.check(article_id, text)
    assert duplicate_of is None or duplicate_of in _seen
    assert len(keys.exact) == 64
    assert len(keys.minhash) in (0, 128 * 8)
    _seen.append(article_id)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.text(max_size=400))
def test_identical_text_reports_first_id(before: str, text: str) -> None:
    dedup = Deduplicator()
    dedup.check("before", before)
    first, _ = dedup.check("first", text)
    second, _ = dedup.check("second", text)
    if not normalise_for_hash(text):
        assert first is None and second is None  # nothing to compare
    elif first is None:
        assert second == "first"
    else:
        assert first == "before" and second == "before"


def test_signature_is_datasketch_affine64() -> None:
    # Stored signatures were made by datasketch; ours must be the same values.
    datasketch = pytest.importorskip("datasketch")
    import numpy as np

    from annalyst.ingest.dedup import MINHASH_SEED, shingles
    from annalyst.ingest.minhash import signature

    for text in (FLOODS, HARBOUR, HARBOUR_EDITED, "one two three four five six seven"):
        grams = shingles(text)
        theirs = datasketch.MinHash(num_perm=128, seed=MINHASH_SEED, scheme="affine64")
        theirs.update_batch(sorted(grams))
        ours = signature(grams, 128, MINHASH_SEED)
        assert np.array_equal(np.asarray(theirs.hashvalues, dtype=np.uint64), ours)


def test_index_is_bounded() -> None:
    dedup = Deduplicator(max_originals=3)
    words = [
        "alpha",
        "beta",
        "gamma",
        "delta",
        "epsilon",
        "zeta",
        "eta",
        "theta",
        "iota",
        "kappa",
        "lambda",
        "mu",
    ]
    texts = [" ".join(words[i:] + words[:i]) + f" story {i} " * 3 for i in range(6)]
    for i, text in enumerate(texts):
        assert dedup.check(f"a{i}", text)[0] is None or i > 0
    assert len(dedup) <= 3
    # A copy of a recent original is still found; the index never holds more than 3.
    assert dedup.check("copy", texts[-1])[0] == "a5"
    with pytest.raises(ValueError):
        Deduplicator(max_originals=0)
