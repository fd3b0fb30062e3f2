"""Indirect (reported) speech: "Hegseth emphasized that any assurances should come from Europe".

The reported content is, for a speech verb with a speaker: its clausal complement ("said
[that] ..."), the question an "ask" puts ("asked them if ..."), its infinitive complement
with the object before it ("urged Republicans to join ..."), the clause it interrupts
("Lenox, Mr. Clarke said, was a juggernaut"), or what follows its colon. For "according to
X" it is the clause the phrase is attached to. Content holding quotation marks is left to
the quote extractor (a partial quote), except the part of the clause before the branch that
holds them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsbrief.analysis.cues import cue_span, is_according_to, is_speech_verb, mention_of, speaker_of
from newsbrief.analysis.quotebase import QuoteContext, RawQuote

_MIN_INDIRECT_TOKENS = 3
_EDGE_DEPS = {"mark", "cc", "punct"}
_DEED_BEFORE_INFINITIVE = {"continue", "agree", "repeat", "signal", "project"}
_DASHES = {"—", "–", "--"}
_QUESTION_VERBS = {"ask", "wonder", "question"}
_LATER_BRANCH_DEPS = {"conj", "advcl", "relcl", "acl"}


def indirect_quotes(context: QuoteContext) -> list[RawQuote]:
    """Every reported clause of the doc, one quote per (cue, clause)."""
    quotes: dict[tuple[int, int], RawQuote] = {}
    for token in context.doc:
        if token.i in context.quoted:
            continue
        according = is_according_to(token)
        if not according and not is_speech_verb(token):
            continue
        speaker = speaker_of(token, context.quoted)
        if speaker is None:
            continue
        contents = [_according_content(token)] if according else list(_reported_contents(token))
        for tokens in contents:
            quote = _reported_clause(context, token, tokens, speaker)
            if quote is not None:
                quotes.setdefault((quote.start_char, quote.end_char), quote)
    return list(quotes.values())


def _reported_contents(cue: Token) -> Iterator[list[Token]]:
    found = False
    for child in cue.children:
        if child.dep_ == "ccomp":
            found = True
            yield list(child.subtree)
        elif child.dep_ == "advcl" and child.i > cue.i and _is_asked_question(cue, child):
            found = True  # "asked the crew if they would strike": parsed as an adverbial clause
            yield list(child.subtree)
        elif child.dep_ == "xcomp" and child.i > cue.i and _is_infinitive(child) and _reports_an_infinitive(cue):
            found = True
            objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < child.i]
            start = objects[0].left_edge.i if objects else child.left_edge.i
            yield list(cue.doc[start : child.right_edge.i + 1])
    if found:
        return
    if cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
        inner = {t.i for t in cue.subtree}
        yield [t for t in cue.head.subtree if t.i not in inner]
    elif cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].text == ":":
        yield list(cue.doc[cue.i + 2 : cue.sent.end])


def _according_content(according: Token) -> list[Token]:
    """"Clinton leads by four points, according to the poll": the clause the phrase modifies."""
    head = according.head
    if head.i == according.i:
        return []
    inner = {t.i for t in according.subtree}
    return [t for t in head.subtree if t.i not in inner]


def _is_asked_question(cue: Token, clause: Token) -> bool:
    return cue.lemma_.lower() in _QUESTION_VERBS and any(
        child.dep_ == "mark" and child.lower_ in ("if", "whether") for child in clause.children
    )


def _reports_an_infinitive(cue: Token) -> bool:
    """"urged them to join", "vowed to fight" report speech; "continued to ignore the rules" and
    "agreed to pay" report deeds."""
    return cue.lemma_.lower() not in _DEED_BEFORE_INFINITIVE


def _is_infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _before_quoted_branch(content: list[Token], quoted: set[int]) -> list[Token]:
    """"She says she backs the plan and calls it “overdue”", "He said the ferry would lose
    its subsidy next year, which he called “a slow death”": when the
    quotation sits in a later branch of the reported clause (a conjunct, an adverbial or a
    relative clause after its verb), the clause up to that branch is still reported speech;
    the branch is the partial quote's."""
    if not content or not any(t.i in quoted for t in content):
        return content
    inside = {t.i for t in content}
    head = next((t for t in content if t.head.i not in inside or t.head.i == t.i), None)
    first_quoted = next(t for t in content if t.i in quoted)
    if head is None:
        return content
    branch = None
    node = first_quoted
    while node.i != head.i and node.head.i in inside and node.head.i != node.i:
        if node.dep_ in _LATER_BRANCH_DEPS and node.left_edge.i > head.i:
            branch = node  # the highest such branch below the clause's verb
        node = node.head
    return [t for t in content if t.i < branch.left_edge.i] if branch is not None else content


def _before_speech_participle(content: list[Token], cue: Token) -> list[Token]:
    """"Marek told the council he would not contest the result, conceding the seat": a speech
    verb's participle after a comma is the reporter's frame (and a cue of its own), not part
    of what was reported."""
    for n, token in enumerate(content):
        after_comma = n > 0 and content[n - 1].text == ","
        if after_comma and token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > cue.i and is_speech_verb(token):
            return content[:n]
    return content


def _after_dateline(content: list[Token]) -> list[Token]:
    """"WASHINGTON — The Senate passed the bill, officials said": the dateline is not reported."""
    for n, token in enumerate(content[:5]):
        if token.text in _DASHES:
            before = [t for t in content[:n] if t.is_alpha]
            return content[n + 1 :] if before and all(t.text.isupper() for t in before) else content
        if not (token.is_punct or token.text.isupper()):
            return content
    return content


def _reported_clause(context: QuoteContext, cue: Token, tokens: Iterable[Token], speaker: Token) -> RawQuote | None:
    content = _before_quoted_branch(sorted(tokens, key=lambda token: token.i), context.quoted)
    content = _before_speech_participle(content, cue)
    if any(t.i in context.quoted for t in content):
        return None  # the quoted part is reported as a partial quote
    content = _after_dateline(content)
    while content and (content[0].dep_ in _EDGE_DEPS or content[0].is_punct or content[0].is_space):
        content = content[1:]
    while content and (content[-1].is_punct or content[-1].is_space or content[-1].dep_ == "cc"):
        content = content[:-1]
    if len(content) < _MIN_INDIRECT_TOKENS or cue.i in {t.i for t in content}:
        return None
    start = content[0].idx
    end = content[-1].idx + len(content[-1].text)
    paragraph = context.paragraph_of(start)
    return RawQuote(start, end, "indirect", cue_span(cue), mention_of(speaker), 0.7, paragraph)
