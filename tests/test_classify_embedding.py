"""The WordLlama embedding behind the theme model: offline, from the wheel's own files."""

from __future__ import annotations

import numpy as np
import pytest

from rightstrack.classify import recommendation_model
from rightstrack.classify.embedding import EmbeddingHead, _embedder, embed


def test_embeddings_load_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import requests

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the embedding tried to reach the network")

    monkeypatch.setattr(requests, "get", no_network)
    monkeypatch.setattr(requests.Session, "request", no_network)
    _embedder.cache_clear()
    vectors = embed(["Abolish the death penalty", "End all executions", "Build more schools"])
    assert vectors.shape == (3, 256) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    similar, unrelated = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert similar > unrelated  # meaning, with no word in common
    assert embed([]).shape == (0, 256)


def test_shipped_model_blends_the_embedding_head() -> None:
    model = recommendation_model()
    assert model.embedding_head is not None and model.embedding_blend > 0
    assert model.embedding_head.w1.shape == (256, 512)
    assert model.embedding_head.w2.shape == (512, len(model.issues))
    texts = ["Guarantee the independence of the judiciary"]
    x = model.features.transform(texts)
    svm_only = np.asarray(x @ model.theme_coef.T) + model.theme_intercept
    assert not np.allclose(model.theme_scores(x, model.embeddings(texts)), svm_only)


def test_head_arrays_round_trip() -> None:
    rng = np.random.default_rng(0)
    head = EmbeddingHead(
        *(rng.standard_normal(s).astype(np.float32) for s in [(4, 3), 3, (3, 2), 2])
    )
    again = EmbeddingHead.from_arrays(head.arrays("h"), "h")
    e = rng.standard_normal((5, 4)).astype(np.float32)
    assert np.array_equal(head.logits(e), again.logits(e))
    assert np.abs(head.logits(1e6 * e)).max() <= 13.8
