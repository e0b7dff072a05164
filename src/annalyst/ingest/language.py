"""Language identification for article text (offline, model shipped with py3langid)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Decompressing and unpickling py3langid's model takes a third of a second; the
    # ready identifier comes from the compiled-knowledge cache, its two large tables
    # (67 MB) mapped from the file rather than read, of which a run touches a fraction.
    from annalyst.knowledge import compiled

    key = compiled.digest(fmt=2, packages=("py3langid",), extra=["norm_probs"])
    identifier: Any = compiled.load_or_build("langid", key, _build_identifier, object, mapped=True)
    nextmove = identifier.tk_nextmove
    if isinstance(nextmove, np.ndarray):
        # the state machine is read one int at a time: a memoryview hands out plain ints
        # as quickly as the model's own array (numpy would make a scalar object each time)
        identifier.tk_nextmove = nextmove.data
    return identifier


def _build_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # as a numpy array it is pickled out of band, so that the cache can map it
    nextmove = identifier.tk_nextmove  # an array.array of unsigned ints
    identifier.tk_nextmove = np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode))
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    sample = text[:SAMPLE_CHARS]
    letters = _LETTER.findall(sample)
    if len(letters) < 20:
        return None
    arabic = len(_ARABIC.findall(sample))
    if arabic / len(letters) > 0.5:
        # Arabic script: tell Persian and Urdu apart from Arabic with the model.
        code, _ = _identifier().classify(sample)
        return str(code) if code in ("fa", "ur", "ps", "ku") else "ar"
    code, prob = _identifier().classify(sample)
    return str(code) if prob >= 0.5 else None
