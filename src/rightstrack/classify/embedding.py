"""Sentence embeddings that read meaning rather than wording, offline: WordLlama's token table.

The theme SVMs see words and character n-grams, so "abolish capital punishment" and "end
executions" share nothing. WordLlama (`wordllama` on PyPI) ships a 256-dimensional token-embedding
table distilled from a large language model inside its wheel, so it installs with its weights and
needs no network; a text's embedding is the normalised mean of its tokens' vectors (about 9,000
texts a second on one core). A small network on these embeddings (`EmbeddingHead`), blended
with the SVM scores, is what lifted themes micro-F1 past the linear model (docs/classification.md).

`WordLlama.load()` looks for the tokenizer under `tokenizer/` while the wheel ships it under
`tokenizers/`, and then tries to download it; the two shipped files are opened directly instead,
so nothing is ever fetched.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from rightstrack.errors import RightsTrackError

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
HIDDEN = 512
# Logits of the head's sigmoid outputs are clipped where a probability of 1e-6 would be.
LOGIT_LIMIT = 13.8


@lru_cache(maxsize=1)
def _embedder() -> Any:
    try:
        import wordllama
        from safetensors import safe_open
        from tokenizers import Tokenizer
        from wordllama.inference import WordLlamaInference
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise RightsTrackError(
            f"wordllama is not installed ({exc}); pip install wordllama"
        ) from None
    root = Path(wordllama.__file__).parent
    try:
        with safe_open(str(root / WEIGHTS), framework="np", device="cpu") as handle:
            table = handle.get_tensor("embedding.weight")
        tokenizer = Tokenizer.from_file(str(root / TOKENIZER))
    except Exception as exc:  # noqa: BLE001 - any failure here means the wheel lacks its files
        raise RightsTrackError(
            f"{root}: WordLlama weights or tokenizer unreadable ({exc})"
        ) from None
    return WordLlamaInference(table, tokenizer)


def embed(texts: Sequence[str]) -> np.ndarray:
    """(len(texts), 256) float32 unit vectors; an empty list gives an empty (0, 256) array."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    return np.asarray(_embedder().embed(list(texts), norm=True), dtype=np.float32)


@dataclass
class EmbeddingHead:
    """One hidden layer (ReLU) over the embedding, one logistic output per issue."""

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def logits(self, embeddings: np.ndarray) -> np.ndarray:
        hidden = np.maximum(embeddings @ self.w1 + self.b1, 0.0)
        return np.clip(hidden @ self.w2 + self.b2, -LOGIT_LIMIT, LOGIT_LIMIT)

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {
            f"{prefix}_{k}": getattr(self, k).astype(np.float32) for k in ("w1", "b1", "w2", "b2")
        }

    @classmethod
    def from_arrays(cls, arrays: Any, prefix: str) -> EmbeddingHead:
        return cls(*(arrays[f"{prefix}_{k}"] for k in ("w1", "b1", "w2", "b2")))


def fit_embedding_head(embeddings: np.ndarray, y: np.ndarray) -> EmbeddingHead:
    """Fit the multi-label head (scikit-learn's MLP, fixed seed, 60 epochs of Adam).

    Settings chosen on the inner time split: 512 hidden units; 1,024 units or a stronger weight
    penalty gave the same validation figures."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    mlp = MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=1e-4, max_iter=60, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)  # 60 epochs on purpose, not to the end
        mlp.fit(embeddings, y)
    (w1, w2), (b1, b2) = mlp.coefs_, mlp.intercepts_
    return EmbeddingHead(w1, b1, w2, b2)
