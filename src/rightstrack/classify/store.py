"""Save and load the shipped models as plain numpy arrays (`.npz`, no pickle).

A model is TF-IDF vectorizers (vocabulary + idf) and linear weights. Storing just those arrays keeps
the files small, loadable with `allow_pickle=False` (no code runs on load), and independent of the
scikit-learn version that trained them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from rightstrack.errors import RightsTrackError

MODELS_DIR = Path(__file__).with_name("models")
_WORD = re.compile(r"[A-Za-z]+")


def lead_words(text: str, count: int = 6) -> str:
    """The opening words as position-tagged tokens ("L0_adopt L1_a B0_adopt_a F_adopt_law"): a
    recommendation's first verb says most of how demanding it is ("Continue" 2, "Consider" 3,
    "Ratify" 5), and for the general/specific split (4/5) what follows it matters ("Adopt a law"
    vs "Adopt measures"), so adjacent pairs and first-verb + later-word pairs are tokens too."""
    words = _WORD.findall(text.lower())[:count]
    tokens = [f"L{i}_{w}" for i, w in enumerate(words)]
    tokens += [f"B{i}_{a}_{b}" for i, (a, b) in enumerate(pairwise(words))]
    tokens += [f"F_{words[0]}_{w}" for w in words[1:]]
    return " ".join(tokens) or "L0_"


class ModelMissingError(RightsTrackError):
    """A shipped model file is absent or unreadable: run `rightstrack train`."""


def vectorizer_arrays(prefix: str, vec: TfidfVectorizer) -> dict[str, Any]:
    """The arrays that rebuild a fitted vectorizer: its vocabulary in index order, idf, params."""
    vocabulary = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    params = {
        "analyzer": vec.analyzer,
        "ngram_range": list(vec.ngram_range),
        "sublinear_tf": vec.sublinear_tf,
        "lowercase": vec.lowercase,
        "token_pattern": vec.token_pattern,
    }
    return {
        f"{prefix}_vocab": np.array(vocabulary, dtype=str),
        f"{prefix}_idf": vec.idf_.astype(np.float32),
        f"{prefix}_params": np.array(json.dumps(params)),
    }


def vectorizer_from(arrays: Any, prefix: str) -> TfidfVectorizer:
    """Rebuild a vectorizer saved by `vectorizer_arrays`."""
    params = json.loads(str(arrays[f"{prefix}_params"]))
    params["ngram_range"] = tuple(params["ngram_range"])
    vocabulary = {term: i for i, term in enumerate(arrays[f"{prefix}_vocab"].tolist())}
    vec = TfidfVectorizer(vocabulary=vocabulary, dtype=np.float32, **params)
    vec.idf_ = arrays[f"{prefix}_idf"].astype(np.float64)
    return vec


class WordCachedCharTfidf:
    """The same matrix as a fitted `char_wb` TfidfVectorizer's `transform`, several times faster.

    `char_wb` n-grams never cross a word boundary, so a text's n-grams are the union of its words'
    n-grams. Words repeat across recommendations, so each word's in-vocabulary feature indices are
    computed once and cached; a batch then becomes one sparse count matrix, weighted exactly as
    scikit-learn does (sublinear tf, idf, L2 norm). tests/test_classify_api.py checks equality.
    """

    MAX_CACHED_WORDS = 200_000

    def __init__(self, vec: TfidfVectorizer) -> None:
        self.vocabulary: dict[str, int] = vec.vocabulary_
        self.idf = vec.idf_.astype(np.float32)
        self.min_n, self.max_n = vec.ngram_range
        self.sublinear = vec.sublinear_tf
        self.cache: dict[str, list[int]] = {}

    def word_features(self, word: str) -> list[int]:
        padded = f" {word} "
        found: list[int] = []
        for n in range(self.min_n, self.max_n + 1):
            if len(padded) <= n:  # a short word counts once, as in scikit-learn
                gram_index = self.vocabulary.get(padded)
                if gram_index is not None:
                    found.append(gram_index)
                break
            for start in range(len(padded) - n + 1):
                gram_index = self.vocabulary.get(padded[start : start + n])
                if gram_index is not None:
                    found.append(gram_index)
        return found

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        cache = self.cache
        if len(cache) > self.MAX_CACHED_WORDS:
            cache.clear()
        columns: list[int] = []
        row_ends = [0]
        for text in texts:
            for word in text.lower().split():
                features = cache.get(word)
                if features is None:
                    features = cache[word] = self.word_features(word)
                columns.extend(features)
            row_ends.append(len(columns))
        counts = sparse.csr_matrix(
            (
                np.ones(len(columns), dtype=np.float32),
                np.array(columns, dtype=np.int64),
                np.array(row_ends, dtype=np.int64),
            ),
            shape=(len(texts), len(self.vocabulary)),
        )
        counts.sum_duplicates()
        if self.sublinear:
            np.log(counts.data, out=counts.data)
            counts.data += 1.0
        counts.data *= self.idf[counts.indices]
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        counts.data /= np.repeat(norms, np.diff(counts.indptr)).astype(np.float32)
        return counts


@dataclass
class TextFeatures:
    """Word and character n-gram TF-IDF side by side: words carry topics, characters carry
    morphology and spelling variants ("torture"/"tortured", "Roma"/"Romani")."""

    vectorizers: dict[str, TfidfVectorizer]

    def __post_init__(self) -> None:
        self._fast = {
            name: WordCachedCharTfidf(vec)
            for name, vec in self.vectorizers.items()
            if vec.analyzer == "char_wb" and vec.lowercase and hasattr(vec, "idf_")
        }

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        blocks = []
        for name, vec in self.vectorizers.items():
            if name in self._fast:
                blocks.append(self._fast[name].transform(texts))
            else:
                blocks.append(
                    vec.transform([lead_words(t) for t in texts] if name == "lead" else texts)
                )
        return sparse.hstack(blocks, format="csr", dtype=np.float32)

    def arrays(self) -> dict[str, Any]:
        out: dict[str, Any] = {"feature_blocks": np.array(list(self.vectorizers), dtype=str)}
        for name, vec in self.vectorizers.items():
            out.update(vectorizer_arrays(name, vec))
        return out

    @classmethod
    def from_arrays(cls, arrays: Any) -> TextFeatures:
        names = arrays["feature_blocks"].tolist()
        return cls({name: vectorizer_from(arrays, name) for name in names})


def save_npz(path: Path, arrays: dict[str, Any]) -> None:
    """Write arrays compressed; the directory is created if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def load_npz(name: str, models_dir: Path | None = None) -> Any:
    """Open a shipped model file without pickle, or say how to rebuild it."""
    path = (models_dir or MODELS_DIR) / name
    try:
        return np.load(path, allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise ModelMissingError(
            f"{path}: model file missing or unreadable ({exc}); run `rightstrack train`"
        ) from None
