"""Charts carry alt text made from the figure's own data, bounded (real sandbox runs)."""

from __future__ import annotations

from sandbox import Sandbox
from sandbox.figure_text import MAX_ALT_CHARS, checked

PLOT = "import matplotlib.pyplot as plt\n"


def test_a_titled_line_chart_is_described_by_its_title_and_labels(sandbox: Sandbox) -> None:
    result = sandbox.run(
        PLOT + "plt.plot([1, 2, 3], [4, 5, 9])\nplt.plot([1, 2, 3], [1, 2, 3])\n"
        "plt.title('Monthly sales')\nplt.xlabel('Month')\nplt.ylabel('Revenue')\n"
    )
    assert result.ok and len(result.figures) == len(result.figure_alts) == 1
    alt = result.figure_alts[0]
    assert alt.startswith("Chart: line chart with 2 lines") and "Monthly sales" in alt
    assert "x: Month, 0.9 to 3.1" in alt and "y: Revenue" in alt


def test_a_pie_and_an_untitled_bar_chart_are_described(sandbox: Sandbox) -> None:
    result = sandbox.run(
        PLOT
        + "plt.figure()\nplt.pie([1, 2, 3])\nplt.title('Share')\nplt.figure()\nplt.bar(['a', 'b', 'c'], [3, 4, 5])\n"
    )
    assert result.ok and len(result.figure_alts) == 2
    assert result.figure_alts[0] == 'Chart: pie chart with 3 slices, titled "Share"'
    assert result.figure_alts[1].startswith("Chart: bar chart with 3 bars")


def test_a_hostile_title_is_bounded_plain_text(sandbox: Sandbox) -> None:
    result = sandbox.run(PLOT + "plt.plot([1, 2])\nplt.title('<img src=x onerror=alert(1)>\\n\\x00' + 'A' * 10000)\n")
    alt = result.figure_alts[0]
    assert len(alt) <= MAX_ALT_CHARS and "\n" not in alt and "\x00" not in alt and alt.startswith("Chart: line chart")


def test_the_parent_bounds_and_pairs_forged_alt_texts() -> None:
    """The child's result is untrusted: chart facts are checked, cleaned, capped and stay with their figure."""
    import base64
    import io
    import json

    from PIL import Image

    from sandbox import channel

    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, format="PNG")
    good = base64.b64encode(buf.getvalue()).decode()
    hostile = {
        "title": "<b>x</b>\n" * 5000,
        "plots": [
            {"kinds": [["line", 2], ["rm -rf", 1]], "title": "t", "axes": [["x", "Month", 1, 12], ["z", "", 0, 1]]}
        ]
        * 50,
        "more": 3,
    }
    payload = {"ok": True, "figures": ["not a png", good, good], "figure_facts": [{"dropped": 1}, hostile, 7]}
    parsed = channel.parse(json.dumps(payload).encode(), 10, 10**6, 2**20)
    assert parsed is not None and len(parsed.figures) == 2
    first, second = parsed.figure_alts
    assert first.startswith("Chart: <b>x</b> <b>x</b>") and len(first) <= MAX_ALT_CHARS and "\n" not in first
    facts = parsed.figure_facts[0]
    assert facts is not None and len(facts["plots"]) <= 6 and facts["plots"][0]["kinds"] == [["line", 2]]
    assert facts["plots"][0]["axes"] == [["x", "Month", 1.0, 12.0]]  # no axis "z"
    assert second == "" and parsed.figure_facts[1] is None
    for forged in ({"title": 1, "plots": [], "more": 0}, {"title": "", "plots": [], "more": -1},
                   {"title": "", "plots": [{"kinds": [], "title": "", "axes": [["x", "", float("nan"), 1]]}], "more": 0},
                   {"title": "", "plots": [{"kinds": [], "title": "", "axes": [["x", "", 10**400, 1]]}], "more": 0}):  # fmt: skip
        assert checked(forged) is None
    odd_axes = {"title": "", "plots": [{"kinds": [["bar", 2]], "title": "", "axes": [["xy", "a", 0, 1], ["", "b", 0, 1], ["y", "", None, None]]}], "more": 0}  # fmt: skip
    facts = checked(odd_axes)
    assert facts is not None and facts["plots"][0]["axes"] == []  # no axis "xy" or "", none that says nothing
