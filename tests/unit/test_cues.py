from __future__ import annotations

from newsbrief.analysis.cues import is_speech_verb, mention_of, speaker_of
from tests.docs import make_doc


def kallas_doc():  # “Fix it,” Kaja Kallas, the bloc’s chief, warned.
    words = ["“", "Fix", "it", ",", "”", "Kaja", "Kallas", ",", "the", "bloc", "’s", "chief", ",", "warned", "."]
    heads = [13, 13, 1, 13, 13, 6, 13, 6, 9, 11, 9, 6, 6, 13, 13]
    deps = ["punct", "ccomp", "dobj", "punct", "punct", "compound", "nsubj", "punct", "det", "poss",
            "case", "appos", "punct", "ROOT", "punct"]
    pos = ["PUNCT", "VERB", "PRON", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
           "PART", "NOUN", "PUNCT", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[13] = "warn"
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 8
    return make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_speaker_is_the_subject_and_mention_is_the_whole_name() -> None:
    doc = kallas_doc()
    assert is_speech_verb(doc[13])
    speaker = speaker_of(doc[13])
    assert speaker is not None and speaker.text == "Kallas"
    assert mention_of(speaker).text == "Kaja Kallas"


def test_a_verb_outside_the_lexicon_is_not_a_cue() -> None:
    doc = kallas_doc()
    assert not is_speech_verb(doc[1])  # "fix"


def test_according_to_names_its_object() -> None:
    words = ["According", "to", "the", "senator", ",", "talks", "failed", "."]
    doc = make_doc(
        words,
        heads=[6, 0, 3, 1, 6, 6, 6, 6],
        deps=["prep", "prep", "det", "pobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
    )
    speaker = speaker_of(doc[0])
    assert speaker is not None
    assert mention_of(speaker).text == "the senator"


def test_conjoined_cue_inherits_the_subject() -> None:
    # He paused and added ...
    doc = make_doc(
        ["He", "paused", "and", "added", "more", "."],
        heads=[1, 1, 1, 1, 3, 1],
        deps=["nsubj", "ROOT", "cc", "conj", "dobj", "punct"],
        pos=["PRON", "VERB", "CCONJ", "VERB", "ADJ", "PUNCT"],
        lemmas=["he", "pause", "and", "add", "more", "."],
    )
    speaker = speaker_of(doc[3])
    assert speaker is not None and speaker.text == "He"
