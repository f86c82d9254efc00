from __future__ import annotations

from voice import SentenceSplitter, speakable


def feed_all(pieces: list[str]) -> list[str]:
    s = SentenceSplitter()
    out = []
    for p in pieces:
        out += s.feed(p)
    return out + s.flush()


def test_sentences_come_out_as_soon_as_they_end() -> None:
    s = SentenceSplitter()
    assert s.feed("The capital of France") == []
    assert s.feed(" is Paris. It is") == ["The capital of France is Paris."]
    assert s.feed(" lovely in spring! ") == ["It is lovely in spring!"]
    assert s.flush() == []


def test_the_first_piece_is_cut_early_at_a_clause() -> None:
    s = SentenceSplitter()
    assert s.feed("Sure, ") == []  # one word is too short to be worth speaking alone
    assert s.feed("here is the plan for today, step by step") == ["Sure, here is the plan for today,"]
    assert s.feed(", and more") == []  # later pieces wait for a full sentence


def test_markdown_is_not_read_aloud() -> None:
    assert feed_all(["**Bold** claim with `code` and a [link](http://x.y). ", "## Heading\n- item one. "]) == [
        "Bold claim with code and a link.",
        "Heading item one.",
    ]
    assert speakable("$x^2$ and ~~gone~~") == "x^2 and gone"


def test_citations_are_not_read_aloud() -> None:
    """A reply about a long document cites its sources ([1], [2, 3]): on screen they are links, aloud noise."""
    assert speakable("Every 400 hours [1]. Also monthly [2][3] and yearly [1, 4].") == (
        "Every 400 hours. Also monthly and yearly."
    )
    assert speakable("The list `a[1]` and x[2] stay.") == "The list a[1] and x[2] stay."
    assert speakable("[2] Pumps are serviced yearly.") == "Pumps are serviced yearly."


def test_code_blocks_are_skipped() -> None:
    out = feed_all(["Here is code. ```python\nprint('hi')\n", "``` That prints hi. "])
    assert out == ["Here is code.", "That prints hi."]
