"""Quotes: direct, partial and indirect speech, each with its cue and speaker mention.

Direct and partial quotes start from quotation marks (:mod:`quotemarks`). The cue is, in
order: the speech verb the quotation hangs from in the parse; the best speech verb of the
sentences holding it; a short cue sentence right after it or a colon-ended one before it; a
name and any verb right after a comma-ended quotation (“...,” Kovac barked); a dash and a name
after the closing mark (“...” ― Jane Doe); a name and a colon before it. A
fully quoted sentence without a cue continues the previous quote's speaker. Indirect speech
comes from :mod:`indirect`. Speakers stay mentions here ("he", "the senator"); :mod:`speakers`
resolves them to actors.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsbrief.analysis.cues import (
    cue_candidates,
    cue_clause,
    cue_span,
    governing_cue,
    heads_above,
    is_according_to,
    is_speech_verb,
    mention_of,
    speaker_of,
)
from newsbrief.analysis.indirect import indirect_quotes
from newsbrief.analysis.nouns import is_speaker_noun
from newsbrief.analysis.quotebase import QuoteContext, RawQuote, outer_end
from newsbrief.analysis.quotemarks import QuotedSpan, find_quoted_spans
from newsbrief.analysis.schema import QuoteKind
from newsbrief.analysis.segmentation import Sentence

_MAX_DIRECT_EXTRA_WORDS = 2
_MIN_UNCUED_WORDS = 5
_MAX_TITLE_WORDS = 6
_MAX_CUE_SENTENCE_TOKENS = 12
_DASHES = "―—–"
_MAX_CLAUSE_STEPS = 6
_THIRD_PERSON = {"he", "she", "they", "it"}
_NOT_SPEAKERS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "WORK_OF_ART", "LAW"}
_NAMING_WORDS = {"so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "known as", "called the",
                 "slogan", "hashtag", "word", "words", "term", "phrase", "label"}
_MAX_DASH_NAME_TOKENS = 6
_MAX_FRAME_TOKENS = 6
_SAYING_LEMMAS = {"say", "tell", "add", "reply", "respond", "retort", "ask", "insist", "explain", "warn"}
_NAME_LIKE_POS = {"PROPN", "NOUN", "VERB", "ADJ"}
_FRAME_STOPS = {".", ";", ":", "“", "”", '"'}
_TITLE_LEADS = {"on", "in"}  # "appeared on “Fox and Friends”", "starred in “The Apprentice”"


def extract_quotes(doc: Doc, sentences: list[Sentence]) -> list[RawQuote]:
    """All quotes of the doc in article order, speakers as written."""
    if not sentences:
        return []
    context = QuoteContext(doc, sentences, find_quoted_spans(doc.text))
    marked = [q for q in (_quote_from_marks(context, span) for span in context.spans) if q is not None]
    quotes = _share_speakers(marked) + indirect_quotes(context)
    return sorted(quotes, key=lambda quote: quote.start_char)


def _quote_from_marks(context: QuoteContext, span: QuotedSpan) -> RawQuote | None:
    if _is_markup_value(context.text, span):
        return None
    first = context.sentence_index(span.open_char)
    last = context.sentence_index(max(outer_end(span) - 1, span.open_char))
    frame = [t for s in context.sentences[first : last + 1] for t in s.span]
    content = [context.doc[i] for i in context.token_range(span.start_char, span.end_char)]
    cue = governing_cue(content, context.quoted) or _choose_cue(
        cue_candidates(frame, context.quoted), set(context.token_range(span.open_char, outer_end(span))), context
    )
    if cue is None:
        cue = _cue_nearby(context, first, last)
    speaker = speaker_of(cue, context.quoted) if cue is not None else None
    if cue is None:
        cue, speaker = _frame_after_quote(context, span) or _clause_before_colon(context, span) or (None, None)
    clause = cue_clause(cue, speaker) if cue is not None else set()
    extra = [t for t in frame if t.i not in context.quoted and t.i not in clause and t.is_alpha]
    is_direct = len(extra) <= _MAX_DIRECT_EXTRA_WORDS
    words = context.text[span.start_char : span.end_char].split()
    paragraph = context.sentences[first].paragraph
    written_cue = cue_span(cue) if cue is not None else None
    mention = mention_of(speaker) if speaker is not None else None
    if cue is None:
        written_cue, mention = _name_after_dash(context, span) or _name_before_colon(context, span) or (None, None)
    if mention is None and not is_direct and not _introduced_as_a_name(context, span):
        written_cue, mention = _clause_subject(context, content) or (written_cue, None)
    if mention is None:
        if not is_direct or not _is_sentence_like(words):
            return None  # scare quotes, titles, terms: no one is quoted
        return RawQuote(span.start_char, span.end_char, "direct", written_cue, None, 0.5, paragraph, span.closed)
    if _looks_like_title(words) and not _said_outright(cue, content) and (
        not is_direct or _named_in_passing(context, span)
    ):
        return None  # a fragment in quote marks is someone's words only when someone says it
    kind: QuoteKind = "direct" if is_direct else "partial"
    confidence = 0.9 if is_direct else 0.75
    return RawQuote(span.start_char, span.end_char, kind, written_cue, mention, confidence, paragraph, span.closed)


def _is_markup_value(text: str, span: QuotedSpan) -> bool:
    """author="LenaOrtiz", stamp="1712345678": an attribute of markup pasted in with the
    text, or marks around a bare number or date; nobody's words."""
    before = text[max(0, span.open_char - 1) : span.open_char]
    return before == "=" or not any(char.isalpha() for char in text[span.start_char : span.end_char])


def _choose_cue(candidates: list[Token], quote_tokens: set[int], context: QuoteContext) -> Token | None:
    """Prefer strong speech verbs with a subject, then the one closest to the quote."""
    if not candidates or not quote_tokens:
        return None
    low, high = min(quote_tokens), max(quote_tokens)

    def rank(token: Token) -> tuple[int, int, int]:
        distance = low - token.i if token.i < low else token.i - high
        strong = is_speech_verb(token, strong_only=True) or is_according_to(token)
        has_speaker = speaker_of(token, context.quoted) is not None
        return (0 if strong else 1, 0 if has_speaker else 1, distance)

    return min(candidates, key=rank)


def _cue_nearby(context: QuoteContext, first: int, last: int) -> Token | None:
    """A cue in a short sentence right after the quote, or one ending in a colon right before."""
    sentences = context.sentences
    if last + 1 < len(sentences) and sentences[last + 1].paragraph == sentences[last].paragraph:
        following = sentences[last + 1].span
        candidates = cue_candidates(following, context.quoted)
        if candidates and len(following) <= _MAX_CUE_SENTENCE_TOKENS and speaker_of(candidates[0], context.quoted):
            return candidates[0]
    if first > 0 and sentences[first - 1].text.endswith(":"):
        candidates = cue_candidates(sentences[first - 1].span, context.quoted)
        if candidates:
            return candidates[-1]
    return None


def _frame_after_quote(context: QuoteContext, span: QuotedSpan) -> tuple[Token, Token] | None:
    """“Put the cameras away,” Kovac barked / “Not today!” snapped the senator: a quotation
    ending in a comma (or ! or ?) and followed at once by a subject and a finite verb, in
    either order, is that subject's words whatever the verb, so a manner-of-speaking verb the
    lexicon lacks still attributes it. Read from the surface, as the small model often parses
    "Kovac barked" as a compound. The comma is what makes the frame: without it the words
    after the mark start a sentence of their own. Returns (verb, subject)."""
    if span.close_char is None:
        return None
    text = context.text
    inner = text[span.start_char : span.close_char].rstrip()  # the span's text stops before its comma
    after = text[span.close_char + 1 : span.close_char + 3].lstrip(" ")
    if not (inner.endswith((",", "!", "?")) or after.startswith(",")):
        return None
    window = [context.doc[i] for i in context.token_range(span.close_char + 1, len(text))[:_MAX_FRAME_TOKENS]]
    if window and window[0].text == ",":
        window = window[1:]
    ends = [n for n, t in enumerate(window) if t.i in context.quoted or t.text in _FRAME_STOPS or "\n" in t.text]
    window = window[: ends[0]] if ends else window
    if not window:
        return None
    mid_sentence = inner.endswith(",") or after.startswith(",")
    if _is_frame_verb(window[0]):
        subject = _subject_at(window[1:], mid_sentence=mid_sentence)
        framed = (window[0], subject[-1]) if subject else None
    else:
        subject = _subject_at(window, mid_sentence=mid_sentence)
        verb = window[len(subject)] if subject and len(subject) < len(window) else None
        framed = (verb, subject[-1]) if verb is not None and _is_frame_verb(verb) else None
    words = text[span.start_char : span.end_char].split()
    if framed is not None and not is_speech_verb(framed[0]) and _looks_like_title(words):
        return None  # “The Wall,” Pink Floyd released: a title, not words
    return framed


def _clause_before_colon(context: QuoteContext, span: QuotedSpan) -> tuple[Token, Token] | None:
    """On the radio later, Marek went further: “...”: a clause ending in a colon right
    before the quotation introduces it, and its subject, when a person or a body, says it."""
    opening = context.token_range(span.open_char, span.open_char + 1)
    if not opening or opening[0] < 2 or context.doc[opening[0] - 1].text != ":":
        return None
    verb = context.doc[opening[0] - 1].head
    subject = _speaking_subject(verb, context.quoted)
    return (verb, subject) if subject is not None else None


def _is_frame_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN", "VBZ") and token.text.islower()


def _subject_at(tokens: list[Token], *, mid_sentence: bool) -> list[Token]:
    """The subject a frame starts with: a name, he/she/they, or "the" + a word for a person.
    After a comma the sentence goes on, so a capital letter marks a name even when the
    small model tags it otherwise (“...,” Bond shot back: "Bond" as a noun)."""
    if not tokens:
        return []
    first = tokens[0]
    if first.pos_ == "PRON":
        return [first] if first.lower_ in _THIRD_PERSON - {"it"} else []
    names: list[Token] = []
    for token in tokens:
        capitalised = token.is_alpha and token.text[:1].isupper() and token.pos_ in _NAME_LIKE_POS
        if not (token.pos_ == "PROPN" or (mid_sentence and capitalised)):
            break
        names.append(token)
    if names:
        return names
    if first.pos_ == "DET":
        for n, token in enumerate(tokens[1:4], start=1):
            if token.pos_ == "NOUN" and is_speaker_noun(token.lemma_.lower()):
                following = tokens[n + 1] if n + 1 < len(tokens) else None
                if following is None or following.pos_ != "NOUN":
                    return tokens[: n + 1]
            if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
    return []


def _clause_subject(context: QuoteContext, content: list[Token]) -> tuple[Span, Span] | None:
    """Trump "likened" her to a “vicious snake”: no speech verb, but the fragment is the words
    of the subject of the clause it sits in."""
    for head in heads_above(content, _MAX_CLAUSE_STEPS):
        subject = _speaking_subject(head, context.quoted)
        if subject is not None:
            return _verb_span(head), mention_of(subject)
    return None


def _speaking_subject(verb: Token, quoted: set[int]) -> Token | None:
    """The subject of ``verb``, a verb outside the quotation, when it is someone who can speak."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i in quoted:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in quoted), None)
    return subject if subject is not None and _can_speak(subject) else None


def _can_speak(subject: Token) -> bool:
    """A name, a third-person pronoun or a person's or body's description, not "the plan"."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _THIRD_PERSON
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return subject.ent_type_ not in _NOT_SPEAKERS
    return subject.pos_ == "NOUN" and is_speaker_noun(subject.lemma_.lower())


def _verb_span(verb: Token) -> Span:
    return verb.doc[verb.i : verb.i + 1]


def _introduced_as_a_name(context: QuoteContext, span: QuotedSpan) -> bool:
    """The so-called “woke” agenda, a bill known as “Jasta”: a term, not anyone's words."""
    before = context.text[max(0, span.open_char - 30) : span.open_char].lower().split()
    return bool(before) and (before[-1] in _NAMING_WORDS or " ".join(before[-2:]) in _NAMING_WORDS)


def _named_in_passing(context: QuoteContext, span: QuotedSpan) -> bool:
    """On Fox News’s “Fox and Friends.”: a title after a preposition or a possessive."""
    before = context.text[max(0, span.open_char - 20) : span.open_char].split()
    return bool(before) and (before[-1].lower() in _TITLE_LEADS or before[-1].endswith(("'s", "’s")))


def _name_after_dash(context: QuoteContext, span: QuotedSpan) -> tuple[Span, Span] | None:
    """“...” ― Jane Doe: a dash and a name after the closing mark, ending the line."""
    if span.close_char is None:
        return None
    doc, text = context.doc, context.text
    index = span.close_char + 1
    while index < len(text) and text[index] in " \t\u00a0":
        index += 1
    if index >= len(text) or text[index] not in _DASHES:
        return None
    dash_span = doc.char_span(index, index + 1, alignment_mode="expand")
    if dash_span is None or not len(dash_span):
        return None
    dash = dash_span[-1]  # "”―" can be one token
    names: list[Token] = []
    for token in doc[dash.i + 1 : dash.i + 1 + _MAX_DASH_NAME_TOKENS]:
        if token.is_space and "\n" not in token.text and not names:
            continue  # "― \u00a0Jane Doe": a non-breaking space is a token of its own
        if "\n" in token.text or not (token.text[:1].isupper() or token.text == "."):
            break
        names.append(token)
    while names and not names[-1].is_alpha:
        names.pop()
    if not names:
        return None
    return doc[dash.i : dash.i + 1], doc[names[0].i : names[-1].i + 1]


def _name_before_colon(context: QuoteContext, span: QuotedSpan) -> tuple[Span, Span] | None:
    """Trump: “...” / WALLACE: ...: a name alone before a colon introduces the quote."""
    doc = context.doc
    opening = list(context.token_range(span.open_char, span.open_char + 1))
    if not opening or opening[0] < 2:
        return None
    colon = doc[opening[0] - 1]
    if colon.text != ":":
        return None
    names: list[Token] = []
    index = colon.i - 1
    while index >= 0 and doc[index].pos_ == "PROPN" and index not in context.quoted and len(names) < 4:
        names.insert(0, doc[index])
        index -= 1
    if not names or (index >= 0 and not doc[index].is_space and not doc[index].is_punct):
        return None  # the name must start its line or clause
    return doc[colon.i : colon.i + 1], doc[names[0].i : names[-1].i + 1]


def _is_sentence_like(words: list[str]) -> bool:
    """Long enough, or a whole short sentence (“Europe must lead.”), to be someone's words."""
    if len(words) >= _MIN_UNCUED_WORDS:
        return True
    return len(words) >= 2 and words[0][:1].isupper() and words[-1].endswith((".", "!", "?"))


def _said_outright(cue: Token | None, content: list[Token]) -> bool:
    """Marek said, “We’ll see,”: words that are the very complement of a verb of saying are
    speech even when short and capitalised like a title (“He said ‘Frozen’ was his favourite”
    keeps the title: there the quoted word hangs from "was", not from "said")."""
    if cue is None or cue.lemma_.lower() not in _SAYING_LEMMAS:
        return False
    return any(t.head.i == cue.i and t.dep_ in ("ccomp", "parataxis") for t in content)


def _looks_like_title(words: list[str]) -> bool:
    """“The Apprentice”, “Make America Great Again”: a capitalised name, not speech."""
    long_words = [w for w in words if len(w) > 3] or words  # “New Day”: short words only
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and bool(long_words)
        and all(w[0].isupper() for w in long_words)
    )


def _share_speakers(quotes: list[RawQuote]) -> list[RawQuote]:
    """A quote running on into the next paragraph and a fully quoted sentence without a cue
    take the speaker of the quote they continue."""
    result = list(quotes)
    for i in range(len(result) - 2, -1, -1):
        current, following = result[i], result[i + 1]
        if not current.closed and current.speaker is None and following.speaker is not None:
            result[i] = replace(current, speaker=following.speaker, confidence=0.7)
    for i in range(1, len(result)):
        current, previous = result[i], result[i - 1]
        near = current.paragraph - previous.paragraph <= 2
        if current.speaker is None and previous.speaker is not None and near:
            result[i] = replace(current, speaker=previous.speaker, confidence=0.65)
    return result
