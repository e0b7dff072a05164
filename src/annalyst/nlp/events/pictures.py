"""Acts drawn in a picture, not reported: "a caricature showing X inviting crows", "It
also depicted the commander ordering his forces …". What a cartoon, a drawing or a
mural shows is its scene, not a report of what happened."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

# Pictures whose scenes are drawn, not reported, and the verbs that say what they show.
_PICTURES = {"caricature", "cartoon", "drawing", "painting", "sketch", "illustration",
             "mural", "comic", "animation", "meme"}  # fmt: skip
_DEPICTING = {"depict", "show", "portray", "picture", "feature", "illustrate"}


def depicted(chain: Sequence[Token]) -> bool:
    """An act drawn in a caricature or a cartoon ("a caricature showing X inviting
    crows", "It also depicted the commander ordering his forces …"): a picture's scene,
    not a report of what happened."""
    for verb in chain:
        if verb.lemma_.lower() not in _DEPICTING:
            continue
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _PICTURES:
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            if subject.lemma_.lower() in _PICTURES:
                return True
            if subject.lower_ in ("it", "this") and _picture_before(verb):
                return True
    return False


def present_in_picture(verb: Token) -> bool:
    """ "The statement was accompanied by a caricature showing Barzani …, while he invites
    crows …": a present tense in a past account of a picture tells the picture's scene."""
    root = verb.sent.root
    if verb.tag_ not in ("VBZ", "VBP") or root.tag_ not in ("VBD", "VBN") or verb.i == root.i:
        return False
    return any(
        t.lemma_.lower() in _DEPICTING and t.dep_ == "acl" and t.head.lemma_.lower() in _PICTURES
        for t in verb.sent
    )


def _picture_before(verb: Token) -> bool:
    """Whether the sentence before names a picture that "it" can stand for."""
    sent = verb.sent
    if sent.start == 0:
        return False
    previous = verb.doc[sent.start - 1].sent
    return any(t.lemma_.lower() in _PICTURES for t in previous)
