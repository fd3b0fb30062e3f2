"""Which words head a description of a person ("mayor", "strategist", "daughter"), and how a
role phrase is trimmed into the short text a reader would use."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsbrief.analysis.lexicons import honorifics, title_words

# Agent nouns: "columnist", "physician", "moderator", "developer", "nominee", "consultant".
_AGENT_SUFFIX = re.compile(r"(ist|ian|or|er|ee|ant|ent|man|woman|person)$")
_NOT_PEOPLE = {
    "order", "number", "paper", "letter", "matter", "center", "water", "power", "error", "sector",
    "factor", "floor", "door", "color", "colour", "honor", "favor", "labor", "behavior", "corner",
    "dinner", "summer", "winter", "weather", "border", "chapter", "quarter", "manner", "banner",
    "career", "computer", "filter", "cancer", "tower", "river", "finger", "answer", "offer", "cover",
    "trigger", "after", "other", "under", "over", "never", "ever", "whether", "together", "rather",
    "either", "neither", "however", "percent", "event", "intent", "content", "context", "talent",
    "incident", "accident", "consent", "current", "extent", "element", "document", "statement",
    "government", "department", "agreement", "moment", "comment", "amount", "movement", "argument",
    "segment", "equipment", "ban", "plan", "campaign", "election", "debate", "issue", "story",
    "headquarter", "headquarters", "layer", "meter", "liter", "dollar",
    "chamber", "poster", "flyer", "register", "trailer", "charter", "transfer", "newspaper", "specter",
    "spectre", "committee", "coffee", "degree", "decree", "guarantee", "jubilee", "danger", "encounter",
    "firepower", "server",
}
_EDGE_DROP = {"the", "a", "an", ",", "—", "–", "―", "-", "(", ")", ":", ";", "and", "or", "also", "now"}
MAX_ROLE_TOKENS = 14


def is_person_noun(token: Token) -> bool:
    """A noun that describes a person: a listed title, or an agent noun ("-ist", "-er", …)."""
    lower = token.lower_.rstrip(".")
    if lower in title_words() or token.lemma_.lower() in title_words():
        return True
    if token.tag_ in ("NNS", "NNPS") and lower.endswith("s") and lower[:-1] in title_words():
        return True  # "Democrats": the lemmatizer keeps a capitalised plural as it is
    # The ending alone is no evidence in a capitalised word: "Steyer", "Walker" are surnames.
    if token.pos_ != "NOUN" or not token.text.islower() or len(lower) < 5 or lower in _NOT_PEOPLE:
        return False
    lemma = token.lemma_.lower()
    return lemma not in _NOT_PEOPLE and not lemma.endswith("ment") and bool(_AGENT_SUFFIX.search(lemma))


def role_head(tokens: list[Token]) -> Token | None:
    """The head noun of a role phrase: the last noun before its first preposition or clause."""
    head = None
    for token in tokens:
        if token.pos_ == "ADP" or token.lower_ in ("who", "which", "that"):
            break
        if token.pos_ in ("NOUN", "PROPN") or token.lower_.rstrip(".") in title_words():
            head = token
    return head


def complement_end(head: Token) -> int:
    """Where a head noun's "of …"/"for …" complement ends ("secretary of state")."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i == end:
            end = child.right_edge.i + 1
    return end


def role_text(span: Span) -> str | None:
    """The phrase without articles or punctuation at its edges; None when no person noun heads
    it or it is too long to be a role."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in _EDGE_DROP or tokens[0].lower_ in honorifics() or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in _EDGE_DROP or tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].pos_ in ("ADP", "PART", "ADV", "CCONJ", "SCONJ")):
        if tokens[-1].text == "." and tokens[-1].i > 0 and len(tokens) > 1 and _abbreviation(tokens[-2]):
            break
        tokens = tokens[:-1]
    if not tokens or len(tokens) > MAX_ROLE_TOKENS:
        return None
    head = role_head(tokens)
    if head is None or not is_person_noun(head):
        return None
    text = " ".join(span.doc[tokens[0].i : tokens[-1].i + 1].text.split())
    if tokens[0].tag_ == "PRP$":  # "his wife" → "wife of Sheldon Adelson"
        owner = _owner(tokens[0])
        return f"{text.split(' ', 1)[1]} of {owner}" if owner and " " in text else None
    return text


def _owner(pronoun: Token) -> str | None:
    """The person a possessive pronoun refers to: the last person named before it in its sentence."""
    if pronoun.lower_ not in ("his", "her"):
        return None
    sentence = pronoun.sent
    people = [ent for ent in sentence.ents if ent.label_ == "PERSON" and ent.end <= pronoun.i]
    if not people:
        return None
    name = [t.text for t in people[-1] if t.tag_ != "POS" and not t.is_space]
    return " ".join(name) or None


def _abbreviation(token: Token) -> bool:
    return token.lower_ in title_words() and len(token.text) <= 4 and token.text[:1].isupper()


def singular_role(span: Span) -> str | None:
    """A role from a plural title ("Presidential candidates Clinton and Trump") in the singular."""
    text = role_text(span)
    if text is None:
        return None
    tokens = [t for t in span if t.idx >= 0]
    last = next((t for t in reversed(tokens) if text.endswith(t.text)), None)
    if last is not None:
        return text[: len(text) - len(last.text)] + singular_word(last)
    return text


def singular_word(token: Token) -> str:
    """"candidates" → "candidate", "Senators" → "Senator" (the lemmatizer keeps capitalised
    plurals as they are); any other word as written."""
    if token.tag_ not in ("NNS", "NNPS"):
        return token.text
    lemma = token.lemma_
    if lemma.lower() == token.lower_ and token.lower_.endswith("s") and token.lower_[:-1] in title_words():
        lemma = token.text[:-1]
    if not lemma or lemma.lower() == token.lower_:
        return token.text
    return lemma if token.text.islower() else lemma[:1].upper() + lemma[1:]


ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                  "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
                  "atty": "attorney", "gop": "republican", "dem": "democrat", "vp": "vice president"}
_PARTY_NAMES = {"party:r": {"republican", "gop"}, "party:d": {"democratic", "democrat"}}
_GENERIC = {"former", "the", "a", "an", "president", "presidential", "vice", "senior", "chief"}
_FEMALE = {"mrs", "ms", "miss", "wife", "mother", "daughter", "sister", "lady", "spokeswoman", "congresswoman",
           "chairwoman", "businesswoman", "widow", "grandmother", "aunt", "niece", "actress", "queen", "princess"}
_KIN = {"wife", "husband", "mother", "father", "daughter", "son", "sister", "brother", "widow", "widower",
        "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "mistress", "partner", "stepson",
        "stepdaughter", "stepmother", "stepfather", "cousin", "grandson", "granddaughter", "fiancee", "fiance"}
_PREPOSITIONS = {"of", "for", "at", "to", "in", "on", "with", "from"}
# One office under two names: "Rep. Adam Schiff" is "the California congressman".
_SYNONYMS = {"congressman": "representative", "congresswoman": "representative", "judge": "justice"}
_MALE = {"mr", "husband", "father", "son", "brother", "spokesman", "congressman", "chairman", "businessman",
         "widower", "grandfather", "uncle", "nephew", "king", "prince"}


def role_keys(*roles: str) -> set[str]:
    """What ties two descriptions of one person: party, capitalised names, the head noun, sex.
    An owner's words are the owner's ("the nominee's daughter" is no party member, "wife of
    Sheldon Adelson" no Adelson): only names are kept from them."""
    keys = set()
    for role in roles:
        words = role.replace("’", "'").split()
        owned, kin = _owned_part(words)
        for index, word in enumerate(words):
            base = word.lower().strip(".,").removesuffix("'s")
            lower = ABBREVIATIONS.get(base, base)
            own = owned < index < kin
            party = next((name for name, party in _PARTY_NAMES.items() if lower in party), None)
            if party and own:
                keys.add(party)
            elif word[:1].isupper() and lower not in _GENERIC and not party and index < kin:
                keys.add(lower)
            if own and (lower in _FEMALE or lower in _MALE):
                keys.add("sex:f" if lower in _FEMALE else "sex:m")
        head = head_key(role)
        if head:
            keys.add(head)
    return keys


def head_key(role: str) -> str | None:
    """The key of a role's head noun: the word before its first preposition ("mayor of Reno"),
    after any owner ("Obama's strategist")."""
    words = role.replace("’", "'").split()
    owned, kin = _owned_part(words)
    head = next((i for i in range(owned + 1, kin) if words[i].lower() in _PREPOSITIONS), kin)
    if not words[owned + 1 : head]:
        return None
    last = words[head - 1].lower().strip(".,")
    return _SYNONYMS.get(last, ABBREVIATIONS.get(last, last))


def _owned_part(words: list[str]) -> tuple[int, int]:
    """Where the owner's words end ("X's") and a family noun's "of" begins ("wife of X")."""
    owned = next((i for i, w in enumerate(words) if w.endswith("'s")), -1)
    kin = next((i for i, w in enumerate(words) if w == "of" and i and words[i - 1].lower() in _KIN), len(words))
    return owned, kin
