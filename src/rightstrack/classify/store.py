"""Save and load the shipped models as plain numpy arrays (`.npz`, no pickle).

A model is TF-IDF vectorizers (vocabulary + idf) and linear weights. Storing just those arrays keeps
the files small, loadable with `allow_pickle=False` (no code runs on load), and independent of the
scikit-learn version that trained them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from rightstrack.errors import RightsTrackError

MODELS_DIR = Path(__file__).with_name("models")
_WORD = re.compile(r"[A-Za-z]+")


def lead_words(text: str, count: int = 3) -> str:
    """The opening words as position-tagged tokens ("L0_continue L1_its"): a recommendation's
    first verb says most of how demanding it is ("Continue" 2, "Consider" 3, "Ratify" 5)."""
    words = _WORD.findall(text.lower())[:count]
    return " ".join(f"L{i}_{w}" for i, w in enumerate(words)) or "L0_"


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


@dataclass
class TextFeatures:
    """Word and character n-gram TF-IDF side by side: words carry topics, characters carry
    morphology and spelling variants ("torture"/"tortured", "Roma"/"Romani")."""

    vectorizers: dict[str, TfidfVectorizer]

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        blocks = [
            vec.transform([lead_words(t) for t in texts] if name == "lead" else texts)
            for name, vec in self.vectorizers.items()
        ]
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
