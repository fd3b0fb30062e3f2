"""Word and pair salience: the rows it builds and the probabilities of the fitted model."""

from __future__ import annotations

import pytest

from newsbrief.analysis.salience import (
    PAIR_FEATURES,
    WORD_FEATURES,
    SalienceModel,
    fitted_model,
    pair_rows,
    salience,
    word_rows,
)
from newsbrief.analysis.segmentation import split_sentences
from newsbrief.analysis.word_stats import article_words, units
from tests.docs import doc_from_paragraphs

ARTICLE = [
    ["Floods closed the mill road in Riverton on Monday, and the river kept rising."],
    ["The mill road runs beside the river to the old Riverton mill."],
    ["Volunteers filled sandbags at the school on the hill."],
    ["A choir rehearsed in the church hall, as it does every week."],
    ["The river is expected to fall by Thursday, the mill owner said."],
]


@pytest.fixture()
def words():
    return article_words(split_sentences(doc_from_paragraphs(ARTICLE)))


def test_one_row_per_unit_and_level_up_to_its_count(words) -> None:
    keys, rows = word_rows(words, levels=4)
    assert rows.shape == (len(keys), len(WORD_FEATURES))
    assert [level for unit, level in keys if unit == "mill"] == [1, 2, 3, 4]  # used 5 times, 4 levels count
    assert [level for unit, level in keys if unit == "choir"] == [1]


def test_one_row_per_distinct_adjacent_pair(words) -> None:
    keys, rows = pair_rows(words, {})
    assert rows.shape == (len(keys), len(PAIR_FEATURES))
    assert len(keys) == len(set(keys))
    assert ("mill", "road") in keys and ("road", "mill") not in keys


def test_probabilities_are_cumulative_and_bounded(words) -> None:
    result = salience(words, fitted_model())
    for levels in result.words.values():
        assert all(0 < b - a < 1 for a, b in zip((0.0, *levels), levels, strict=False))
    assert all(0 < p < 1 for p in result.pairs.values())


def test_the_fitted_model_favours_words_the_article_repeats_from_its_start(words) -> None:
    result = salience(words, fitted_model())
    assert result.words["mill"][0] > result.words["choir"][0]
    assert result.words["river"][0] > result.words[units("rehearsed")[0]][0]
    assert result.pairs[("mill", "road")] > result.pairs[("church", "hall")]


def test_a_model_is_read_by_feature_name_and_a_missing_one_fails() -> None:
    record = {"word_weights": {name: 0.0 for name in WORD_FEATURES},
              "pair_weights": {name: 0.0 for name in PAIR_FEATURES}, "window": 12}
    model = SalienceModel.from_record(record)
    assert model.window == 12 and len(model.word_weights) == len(WORD_FEATURES)
    del record["pair_weights"]["digit"]
    with pytest.raises(KeyError):
        SalienceModel.from_record(record)


def test_fitted_model_loads_from_models() -> None:
    model = fitted_model()
    assert model.reference_words > 10 and model.window >= 3 and model.beam >= 1
