"""Whether a word is ordinary English, from the word vectors of the spaCy model in use.

en_core_web_md carries vectors for the common words of English (and the commonest names); a lower-case word it
has no vector for ('kónya', 'parmova', 'mourik') is rare or foreign, which is evidence, next to a cue, that it is a
name or a street. The small model has no vectors: then nothing is known and the callers fall back to their lists.
"""

from __future__ import annotations

from spacy.strings import hash_string
from spacy.vectors import Vectors

_VECTORS: list[Vectors] = []


def register(vectors: Vectors) -> None:
    """Use these word vectors (the loaded spaCy model's) to tell ordinary words from rare ones."""
    _VECTORS.clear()
    if vectors is not None and len(vectors):
        _VECTORS.append(vectors)


def is_rare_word(word: str) -> bool:
    """Whether the model knows no vector for the word in any of its casings ('number' is keyed only as 'Number'):
    False when there are no vectors at all."""
    if not _VECTORS or not word:
        return False
    vectors = _VECTORS[0]
    # hashing adds nothing to the model's string store
    return not any(hash_string(form) in vectors for form in {word, word.lower(), word.title(), word.upper()})
