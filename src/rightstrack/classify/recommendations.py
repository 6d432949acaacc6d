"""The recommendation model: UPR Info themes (multi-label) and action category (1-5) in one file.

Both heads read the same features (word + character TF-IDF and the opening words), so a batch is
vectorised once. Themes: one linear SVM per issue over NB-scaled features (NB-SVM), a single
decision threshold picked on a later-in-time validation split, and at least one issue per text
(every UPR Info row has one). A small network over WordLlama sentence embeddings
(`classify/embedding.py`) adds its logits, weighted, to the SVM margins: it knows that different
words can mean the same thing, which n-gram features cannot.
Action: a multi-class linear SVM, overridden by the opening word where the training data shows that
word decides the category almost always ("Consider" -> 3, "Ratify" -> 5).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from rightstrack.classify.embedding import EmbeddingHead, embed, fit_embedding_head
from rightstrack.classify.store import TextFeatures

THEME_C = 0.25  # SVM regularisation of the theme heads (chosen on the inner time split)
# Weight of the embedding head's logits against the SVM margins (inner split: 0.03-0.08 within
# 0.001 of each other; 0 is the SVMs alone).
EMBEDDING_BLEND = 0.05
NB_ALPHA = 1.0  # smoothing of the NB log-count ratios
RULE_MIN_COUNT = 50
RULE_MIN_PURITY = 0.98
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def first_word(text: str) -> str:
    match = _FIRST_WORD.search(text)
    return match.group(0).lower() if match else ""


def fit_features(texts: Sequence[str]) -> TextFeatures:
    """Fit the word, character and opening-word vectorizers on the training texts."""
    vectorizers = {
        "word": TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2, dtype=np.float32),
        "char": TfidfVectorizer(
            sublinear_tf=True, analyzer="char_wb", ngram_range=(2, 5), min_df=3, dtype=np.float32
        ),
        "lead": TfidfVectorizer(
            token_pattern=r"\S+", lowercase=False, sublinear_tf=True, min_df=2, dtype=np.float32
        ),
    }
    features = TextFeatures(vectorizers)
    for name, vec in vectorizers.items():
        vec.fit([features_input(name, t) for t in texts])
    return features


def features_input(block: str, text: str) -> str:
    from rightstrack.classify.store import lead_words

    return lead_words(text) if block == "lead" else text


@dataclass
class RecommendationModel:
    features: TextFeatures
    issues: list[str]
    theme_coef: np.ndarray  # (issues, features)
    theme_intercept: np.ndarray
    theme_threshold: float
    action_classes: np.ndarray  # the categories 1..5 in coef row order
    action_coef: np.ndarray
    action_intercept: np.ndarray
    action_rules: dict[str, int]  # opening word -> category, where the data says it decides
    embedding_head: EmbeddingHead | None = None  # themes from WordLlama embeddings, blended in
    embedding_blend: float = 0.0

    def embeddings(self, texts: Sequence[str]) -> np.ndarray | None:
        """The texts' sentence embeddings, when a head reads them (computed once per batch)."""
        if self.embedding_head is None:
            return None
        return embed(texts)

    def theme_scores(self, x: sparse.csr_matrix, embeddings: np.ndarray | None) -> np.ndarray:
        """SVM margins per issue, plus the embedding head's logits times the blend weight."""
        scores = np.asarray(x @ self.theme_coef.T) + self.theme_intercept
        if self.embedding_head is not None and embeddings is not None:
            scores += self.embedding_blend * self.embedding_head.logits(embeddings)
        return scores

    def themes_from_scores(self, scores: np.ndarray) -> list[list[str]]:
        chosen = scores > self.theme_threshold
        empty = ~chosen.any(axis=1)
        chosen[empty, scores[empty].argmax(axis=1)] = True
        return [[self.issues[j] for j in np.flatnonzero(row)] for row in chosen]

    def actions_from(self, x: sparse.csr_matrix, texts: Sequence[str]) -> list[int]:
        """The SVM's category, unless the opening word decides it."""
        scores = np.asarray(x @ self.action_coef.T) + self.action_intercept
        learned = self.action_classes[scores.argmax(axis=1)]
        return [
            self.action_rules.get(first_word(t), int(c))
            for t, c in zip(texts, learned, strict=True)
        ]

    def predict(self, texts: Sequence[str]) -> tuple[list[list[str]], list[int]]:
        """Themes and action for each text (texts must be non-empty strings)."""
        x = self.features.transform(list(texts))
        embeddings = self.embeddings(texts)
        return (
            self.themes_from_scores(self.theme_scores(x, embeddings)),
            self.actions_from(x, texts),
        )

    def arrays(self) -> dict[str, Any]:
        words = np.array(list(self.action_rules), dtype=str)
        return {
            **self.features.arrays(),
            "issues": np.array(self.issues, dtype=str),
            "theme_coef": self.theme_coef.astype(np.float32),
            "theme_intercept": self.theme_intercept.astype(np.float32),
            "theme_threshold": np.array(self.theme_threshold, dtype=np.float32),
            "action_classes": self.action_classes.astype(np.int64),
            "action_coef": self.action_coef.astype(np.float32),
            "action_intercept": self.action_intercept.astype(np.float32),
            "action_rule_words": words,
            "action_rule_classes": np.array(list(self.action_rules.values()), dtype=np.int64),
            "embedding_blend": np.array(self.embedding_blend, dtype=np.float32),
            **(self.embedding_head.arrays("embedding") if self.embedding_head else {}),
        }

    @classmethod
    def from_arrays(cls, a: Any) -> RecommendationModel:
        rules = dict(
            zip(a["action_rule_words"].tolist(), a["action_rule_classes"].tolist(), strict=True)
        )
        return cls(
            features=TextFeatures.from_arrays(a),
            issues=a["issues"].tolist(),
            theme_coef=a["theme_coef"],
            theme_intercept=a["theme_intercept"],
            theme_threshold=float(a["theme_threshold"]),
            action_classes=a["action_classes"],
            action_coef=a["action_coef"],
            action_intercept=a["action_intercept"],
            action_rules=rules,
            embedding_head=EmbeddingHead.from_arrays(a, "embedding")
            if "embedding_w1" in a
            else None,
            embedding_blend=float(a["embedding_blend"]) if "embedding_blend" in a else 0.0,
        )


def learn_action_rules(texts: Sequence[str], actions: Sequence[int]) -> dict[str, int]:
    """Opening words that decide the category in the training data (>=50 uses, >=98% one class)."""
    by_word: dict[str, Counter[int]] = defaultdict(Counter)
    for text, action in zip(texts, actions, strict=True):
        by_word[first_word(text)][action] += 1
    rules = {}
    for word, counts in sorted(by_word.items()):
        action, top = counts.most_common(1)[0]
        total = sum(counts.values())
        if word and total >= RULE_MIN_COUNT and top / total >= RULE_MIN_PURITY:
            rules[word] = int(action)
    return rules


def issue_matrix(label_lists: Sequence[Sequence[str]], issues: list[str]) -> np.ndarray:
    index = {name: j for j, name in enumerate(issues)}
    y = np.zeros((len(label_lists), len(issues)), dtype=np.int8)
    for i, labels in enumerate(label_lists):
        for name in labels:
            y[i, index[name]] = 1
    return y


def nb_ratios(
    present: sparse.csr_matrix, positive: np.ndarray, alpha: float = NB_ALPHA
) -> np.ndarray:
    """Log-count ratio of each feature between an issue's rows and the rest (Wang & Manning's
    NB-SVM): how much more often a feature occurs where the issue is present, smoothed by `alpha`.
    `present` is the feature matrix with every stored value set to 1."""
    p = alpha + np.asarray(present[positive].sum(axis=0)).ravel()
    q = alpha + np.asarray(present[~positive].sum(axis=0)).ravel()
    return np.log((p / p.sum()) / (q / q.sum())).astype(np.float32)


def fit_theme_heads(x: sparse.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One linear SVM per issue (one-vs-rest) over features scaled by the issue's NB log-count
    ratios, fitted in a fixed order so training is repeatable. The scaling folds into the
    coefficients (w * r), so prediction is the same single matrix product as a plain SVM.

    Why NB-SVM: a feature that marks one issue (and rarely others) gets a head start before the
    SVM weighs it. On the inner time split (fit 1-8, validate 9-10) it lifted micro-F1 from 0.881
    to 0.887 and macro-F1 from 0.827 to 0.839 (C 0.25, alpha 1; C 0.1-1.0 and alpha 0.25-4 tried).
    """
    coef = np.zeros((y.shape[1], x.shape[1]), dtype=np.float32)
    intercept = np.zeros(y.shape[1], dtype=np.float32)
    present = x.copy()
    present.data[:] = 1.0
    for j in range(y.shape[1]):
        ratios = nb_ratios(present, y[:, j] == 1)
        svm = LinearSVC(C=THEME_C, random_state=0).fit(x @ sparse.diags(ratios), y[:, j])
        coef[j], intercept[j] = svm.coef_[0] * ratios, svm.intercept_[0]
    return coef, intercept


def fit_recommendation_model(
    texts: Sequence[str],
    label_lists: Sequence[Sequence[str]],
    actions: Sequence[int],
    issues: list[str],
    theme_threshold: float,
) -> RecommendationModel:
    """Fit both heads on `texts` (UPR Info rows) with a threshold chosen beforehand."""
    features = fit_features(texts)
    x = features.transform(list(texts))
    topic_columns = x.shape[1] - len(features.vectorizers["lead"].vocabulary_)
    coef = np.zeros((len(issues), x.shape[1]), dtype=np.float32)  # opening words: action only
    coef[:, :topic_columns], intercept = fit_theme_heads(
        x[:, :topic_columns], issue_matrix(label_lists, issues)
    )
    action_svm = LinearSVC(C=0.3, random_state=0).fit(x, np.asarray(actions))
    return RecommendationModel(
        features=features,
        issues=issues,
        theme_coef=coef,
        theme_intercept=intercept,
        theme_threshold=theme_threshold,
        action_classes=action_svm.classes_,
        action_coef=action_svm.coef_.astype(np.float32),
        action_intercept=action_svm.intercept_.astype(np.float32),
        action_rules=learn_action_rules(texts, actions),
        embedding_head=fit_embedding_head(embed(texts), issue_matrix(label_lists, issues)),
        embedding_blend=EMBEDDING_BLEND,
    )
