from __future__ import annotations

from newsbrief.analysis.cues import governing_cue, is_speech_verb, mention_of, speaker_of
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


def test_a_dash_taken_for_a_subject_is_skipped() -> None:
    # ... made public ― Trump boasted, ...  (the parser makes both "―" and "Trump" subjects)
    doc = make_doc(
        ["made", "public", "―", "Trump", "boasted", "."],
        heads=[0, 2, 4, 4, 0, 0],
        deps=["ROOT", "amod", "nsubj", "nsubj", "ccomp", "punct"],
        pos=["VERB", "ADJ", "NOUN", "PROPN", "VERB", "PUNCT"],
        lemmas=["make", "public", "―", "trump", "boast", "."],
    )
    speaker = speaker_of(doc[4])
    assert speaker is not None and speaker.text == "Trump"


def broken_after_quote_doc(cue_dep: str):  # type: ignore[no-untyped-def]
    # “We win,” Ivo Marek, a party aide, said.  -- the parser hangs the name inside the quote
    words = ["“", "We", "win", ",", "”", "Ivo", "Marek", ",", "a", "party", "aide", ",", "said", "."]
    heads = [2, 2, 2, 2, 2, 6, 2, 6, 10, 10, 6, 6, 2 if cue_dep == "conj" else 12, 12]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "compound", "appos", "punct", "det", "compound",
            "appos", "punct", cue_dep, "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN",
           "PUNCT", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[12] = "say"
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 7
    return make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_a_name_between_the_closing_mark_and_a_cue_without_subject() -> None:
    for dep in ("ROOT", "conj"):
        doc = broken_after_quote_doc(dep)
        speaker = speaker_of(doc[12], quoted=set(range(0, 5)))
        assert speaker is not None and mention_of(speaker).text == "Ivo Marek", dep


def test_no_name_after_the_quote_without_a_quote_before_it() -> None:
    doc = broken_after_quote_doc("ROOT")
    assert speaker_of(doc[12], quoted=set()) is None  # no quotation mark: no such pattern


def test_the_person_shown_speaking_in_footage() -> None:
    # The ad uses footage of Ann Lee asking, ...
    doc = make_doc(
        ["The", "ad", "uses", "footage", "of", "Ann", "Lee", "asking", ","],
        heads=[1, 2, 2, 2, 3, 6, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "advcl", "punct"],
        pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"],
        lemmas=["the", "ad", "use", "footage", "of", "ann", "lee", "ask", ","],
    )
    doc[7].tag_ = "VBG"
    speaker = speaker_of(doc[7])
    assert speaker is not None and speaker.text == "Lee"


def nested_doc(inner_subject: str, inner_pos: str):  # type: ignore[no-untyped-def]
    # Holm said the ad “wrongfully” suggests that Pat won .   (or: ... said Lee “wrongfully” ...)
    words = ["Holm", "said", "the", inner_subject, "“", "wrongfully", "”", "suggests", "that", "Pat", "won", "."]
    heads = [1, 1, 3, 7, 3, 3, 7, 1, 10, 10, 7, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "punct", "advmod", "punct", "ccomp", "mark", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "DET", inner_pos, "PUNCT", "ADV", "PUNCT", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[7] = "say", "suggest"
    return make_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_thing_that_suggests_is_reported_by_the_outer_speaker() -> None:
    doc = nested_doc("ad", "NOUN")
    cue = governing_cue([doc[5]], quoted={4, 5, 6})
    assert cue is not None and cue.text == "said"


def test_a_person_inside_the_report_keeps_the_inner_cue() -> None:
    doc = nested_doc("Lee", "PROPN")
    cue = governing_cue([doc[5]], quoted={4, 5, 6})
    assert cue is not None and cue.text == "suggests"


def test_a_dateline_taken_for_the_subject_gives_way_to_the_person() -> None:
    # WASHINGTON -- President Obama , said it rained .
    doc = make_doc(
        ["WASHINGTON", "--", "President", "Obama", ",", "said", "it", "rained", "."],
        heads=[5, 0, 3, 0, 5, 5, 7, 5, 5],
        deps=["nsubj", "punct", "compound", "appos", "punct", "ROOT", "nsubj", "ccomp", "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"],
        lemmas=["washington", "--", "president", "obama", ",", "say", "it", "rain", "."],
        ents=["B-GPE", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"],
    )
    speaker = speaker_of(doc[5])
    assert speaker is not None and speaker.text == "Obama"


def test_a_relative_clause_on_an_appositive_speaks_for_the_named_person() -> None:
    # John Bentel , a staffer who told them ...
    doc = make_doc(
        ["John", "Bentel", ",", "a", "staffer", "who", "told", "them", "."],
        heads=[1, 1, 1, 4, 1, 6, 4, 6, 1],
        deps=["compound", "ROOT", "punct", "det", "appos", "nsubj", "relcl", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "PRON", "PUNCT"],
        lemmas=["john", "bentel", ",", "a", "staffer", "who", "tell", "they", "."],
        ents=["B-PERSON", "I-PERSON"] + ["O"] * 7,
    )
    doc[5].tag_ = "WP"
    speaker = speaker_of(doc[6])
    assert speaker is not None and mention_of(speaker).text == "John Bentel"
