"""Remembered facts: spotting "remember that …" in a message, and the system prompt's part.

Remembering is explicit: only the user's own message, phrased as a request to remember, adds
a fact (the session stores it and says so); the model has no way to add one. Recognised are
simple phrasings in English and the interface's languages, at the start of the message (or,
in Japanese, at its end): "remember that I'm vegetarian", "please remember: …", "merk dir,
dass …", "souviens-toi que …", "recuerda que …", "…と覚えておいて", "请记住…", "تذكر أن …".

In the prompt, facts go newest first for as long as they fit ``BUDGET_CHARS``; the older
ones that do not fit are left out (and counted, for the UI to say so), never cut in half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# About 400 tokens: room for a few dozen short facts without crowding a small context.
BUDGET_CHARS = 1600
HEADING = "The user asked you to remember these facts about them (newest first):"

_END = r"[\s.!。！]*$"
_END_ASKED = r"[\s.!?。！？]*$"  # "can you remember …?" is a request, its "?" no part of the fact
_EN_PLAIN = r"^(?:(?:please|hey hearth|hearth)[,\s]+)?(?:please\s+)?"
_EN_POLITE = _EN_PLAIN + r"(?:can|could|would|will) you\s+(?:please\s+)?"
_REQUESTS = [
    re.compile(p, re.IGNORECASE | re.DOTALL)
    for p in (
        # English: "remember that …", "remember: …", "please remember I …", "can you remember my …?"
        # Without "can you", a question ("remember that film we saw?") asks nothing to be kept.
        _EN_POLITE + r"remember(?:\s+that\b|\s*:)\s*(?P<fact>.+?)" + _END_ASKED,
        _EN_POLITE + r"remember\s+(?P<fact>(?:I|I'm|I've|I'd|my|we|our)\b.+?)" + _END_ASKED,
        _EN_PLAIN + r"remember(?:\s+that\b|\s*:)\s*(?P<fact>[^?]+?)" + _END,
        _EN_PLAIN + r"remember\s+(?P<fact>(?:I|I'm|I've|I'd|my|we|our)\b[^?]+?)" + _END,
        # German: "merk dir, dass …", "merke dir: …", "bitte merken Sie sich, dass …"
        r"^(?:bitte[,\s]+)?merk(?:e|en)?\s+(?:dir|euch|sie\s+sich)(?:\s+bitte)?(?:\s*,?\s*dass\b|\s*:)\s*(?P<fact>.+?)"
        + _END,
        # French: "souviens-toi que …", "retiens que …", "n'oublie pas que …"
        r"^(?:s'il te plaît[,\s]+)?(?:souviens-toi|souvenez-vous|rappelle-toi|retiens|retenez|mémorise|"
        r"n['’]oublie pas)(?:\s+que\b|\s+qu['’]|\s*:)\s*(?P<fact>.+?)" + _END,
        # Spanish: "recuerda que …", "acuérdate de que …", "no olvides que …"
        r"^(?:por favor[,\s]+)?(?:recuerda|recuerde|acuérdate de|memoriza|no olvides)(?:\s+que\b|\s*:)\s*"
        r"(?P<fact>.+?)" + _END,
        # Chinese: "请记住…", "记住：…"
        r"^(?:请你?|麻烦你?)?记住(?!了)[:：,，\s]*(?P<fact>.+?)" + _END,
        # Japanese: "覚えておいて：…", "…と覚えておいて(ください)"
        r"^(?:覚えて(?:おいて|て)?(?:ください)?)[:：、,]\s*(?P<fact>.+?)" + _END,
        r"^(?P<fact>.+?)(?:ということを|ことを|って|と)(?:覚えて|記憶して)(?:おいて|て)?(?:ください|ね)?" + _END,
        # Arabic: "تذكر أن …", "تذكر: …", "من فضلك تذكر أنني …"
        r"^(?:من فضلك\s+|رجاء\s+)?(?:تذكر|تذكّر|تذكري)(?:\s+أنّ?\s+|\s*:\s*|\s+(?=أنني|أنّني|أني|أنا\s))"
        r"(?P<fact>.+?)" + _END,
    )
]
MAX_FACT_CHARS = 500  # a longer "remember that …" is a document, not a fact
# A sentence ends, and another (a question, a request) begins: ". S", "! W", "。次".
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|[a-z]{1,2}|[A-Z])$")  # Mr, Dr, St, e.g, J
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-ÖØ-Þ¿¡\u0600-\u06ff])|[。！？](?=\S)")


def remember_request(text: str) -> str | None:
    """The fact ``text`` asks Hearth to remember, or None when it asks nothing of the kind."""
    # Only the first paragraph: what follows (a question, a pasted clipboard) is not the fact.
    first = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0].strip()
    for pattern in _REQUESTS:
        match = pattern.match(first)
        if match:
            fact = _first_sentence(" ".join(match.group("fact").split()))
            return fact or None  # the caller refuses one over MAX_FACT_CHARS, visibly
    return None


def _first_sentence(fact: str) -> str:
    """ "I'm vegetarian. Suggest a dinner" -> "I'm vegetarian": the request ends the fact."""
    for end in _SENTENCE_END.finditer(fact):
        if not _ABBREVIATION.search(fact[: end.start()]):  # "12 St. James Rd" goes on
            return fact[: end.start() + 1].rstrip(".!。！")
    return fact


@dataclass(frozen=True)
class MemoryPrompt:
    text: str  # for the system prompt ("" when there is nothing to add)
    used: int  # facts in it
    left_out: int  # older facts that did not fit the budget


def memory_prompt(facts: Sequence[str], budget: int = BUDGET_CHARS) -> MemoryPrompt:
    """The facts (given newest first) that fit ``budget`` characters, as a list for the prompt.

    Stops at the first fact that does not fit, so what is left out is always the oldest."""
    lines: list[str] = []
    size = len(HEADING)
    for fact in facts:
        line = f"- {fact}"
        if size + 1 + len(line) > budget:
            break
        lines.append(line)
        size += 1 + len(line)
    if not lines:
        return MemoryPrompt("", 0, len(facts))
    return MemoryPrompt("\n".join([HEADING, *lines]), len(lines), len(facts) - len(lines))
