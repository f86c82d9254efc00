"""Notice a reply that has fallen into a loop: the same run of tokens, over and over.

Small models decoding greedily end up in exact cycles (one sentence, one line, one token
repeated until the length limit). A cycle of period ``p`` shows as every new token equal
to the token ``p`` places before it; keeping, for each period, how many tokens in a row
have matched costs one comparison per period per token, whatever the reply's length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The defaults stop a sentence said three times in a row, or a line of 48+ tokens that is
# all the same token, and leave alone legitimately repetitive text that is shorter (a table
# rule, a short list of similar lines).
MAX_PERIOD = 200
MIN_REPEATS = 3
MIN_SPAN = 48


@dataclass
class RepetitionGuard:
    """Feed it the generated token ids; ``looping`` turns true once the tail is a cycle."""

    max_period: int = MAX_PERIOD
    min_repeats: int = MIN_REPEATS
    min_span: int = MIN_SPAN
    tokens: list[int] = field(default_factory=list)
    period: int | None = None  # the cycle's length in tokens, once found
    _runs: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._runs = [0] * (self.max_period + 1)

    @property
    def looping(self) -> bool:
        return self.period is not None

    def feed(self, token: int) -> bool:
        """Add one token; return True when the reply is looping."""
        toks, runs = self.tokens, self._runs
        toks.append(token)
        n = len(toks) - 1
        for p in range(1, min(self.max_period, n) + 1):
            run = runs[p] = runs[p] + 1 if toks[n - p] == token else 0
            # `run` matching tokens make a periodic tail of run + p tokens.
            if self.period is None and run + p >= max(self.min_repeats * p, self.min_span):
                self.period = p
        return self.looping
