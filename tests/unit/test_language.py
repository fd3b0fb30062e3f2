from __future__ import annotations

import pytest

from newsbrief.analysis.language import detect_language

ENGLISH = ("The minister said on Tuesday that the government would not change its plan, and that "
           "it was up to the parliament to decide what happens next with the budget and the reforms.")
FRENCH = ("Le ministre a déclaré mardi que le gouvernement ne changerait pas son plan et que "
          "c'était au parlement de décider de la suite pour le budget et les réformes dans les mois à venir.")
GERMAN = ("Der Minister sagte am Dienstag, dass die Regierung ihren Plan nicht ändern werde und dass "
          "es an dem Parlament sei, über den Haushalt und die Reformen zu entscheiden, die noch kommen.")


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de")])
def test_function_words_tell_the_language(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_text_without_words_is_undetermined() -> None:
    assert detect_language("😀 " * 40).code == "und"
    assert detect_language("مرحبا بكم في هذا المقال الطويل جدا " * 5).code == "und"
