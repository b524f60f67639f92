"""Plots of an Analysis with matplotlib, with Arabic labels shaped and right to left.

matplotlib 3.11 and later shape complex scripts themselves (their wheels carry libraqm), so labels
go in as they are. Older versions draw isolated letters left to right; there the labels are
reshaped with arabic-reshaper and reordered with python-bidi when those are installed.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from khabar.display import SIDES_SHOWN, side_colour

if TYPE_CHECKING:
    from khabar.analysis import Analysis



@cache
def shapes_arabic() -> bool:
    """Whether this matplotlib shapes Arabic itself (3.11 and later)."""
    import matplotlib

    major, minor = (int(part) for part in matplotlib.__version__.split(".")[:2])
    return (major, minor) >= (3, 11)


def arabic(label: object) -> str:
    """A label as this matplotlib must be given it to draw Arabic correctly."""
    text = str(label)
    if shapes_arabic() or not any("\u0600" <= c <= "\u06ff" for c in text):
        return text
    try:
        import arabic_reshaper
        from bidi.algorithm import get_display
    except ImportError:
        return text
    return str(get_display(arabic_reshaper.reshape(text)))


def _axes(ax: Any, size: tuple[float, float]) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=size, layout="constrained")[1]


def _nothing(ax: Any, title: str) -> Any:
    ax.set_title(title)
    ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return ax


def sides(analysis: Analysis, ax: Any = None) -> Any:
    """Quotes per outlet, stacked by the side of the speaker: the most quoted sides, the rest
    as "other"."""
    matrix = analysis.side_matrix(top=SIDES_SHOWN).T
    ax = _axes(ax, (7, 3.5))
    if matrix.empty:
        return _nothing(ax, "Who gets quoted, by side")
    left = [0] * len(matrix)
    for side in matrix.columns:
        values = matrix[side].tolist()
        ax.barh([arabic(label) for label in matrix.index], values, left=left, label=side,
                color=side_colour(side))
        left = [a + b for a, b in zip(left, values)]
    ax.set_xlabel("quotes")
    ax.set_title("Who gets quoted, by side")
    # beside the bars, never over them
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small")
    ax.invert_yaxis()
    return ax


def speakers(analysis: Analysis, top: int = 10, ax: Any = None) -> Any:
    """The most quoted speakers, stacked by outlet."""
    matrix = analysis.speaker_matrix()
    matrix = matrix.loc[matrix.sum(axis=1).sort_values(ascending=False).index[:top]]
    ax = _axes(ax, (7, 0.35 * len(matrix) + 1.2))
    if matrix.empty:
        return _nothing(ax, "Most quoted speakers, by outlet")
    left = [0] * len(matrix)
    names = [arabic(speaker) for _, speaker in matrix.index]
    for label in matrix.columns:
        values = matrix[label].tolist()
        ax.barh(names, values, left=left, label=arabic(label))
        left = [a + b for a, b in zip(left, values)]
    ax.set_xlabel("quotes")
    ax.set_title("Most quoted speakers, by outlet")
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
    ax.invert_yaxis()
    return ax


def facts(analysis: Analysis, ax: Any = None, min_outlets: int = 1) -> Any:
    """Which outlet reports which fact: a grid of facts × outlets, shaded by mentions."""
    matrix = analysis.fact_matrix()
    matrix = matrix[matrix.astype(bool).sum(axis=1) >= min_outlets]
    ax = _axes(ax, (7, 0.3 * len(matrix) + 1.5))
    if matrix.empty:
        return _nothing(ax, "Numeric facts × outlets")
    values = matrix.to_numpy()
    ax.imshow(values, aspect="auto", cmap="Greens", vmin=0)
    ax.set_xticks(range(len(matrix.columns)), [arabic(c) for c in matrix.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(matrix.index)), [arabic(f) for f in matrix.index], fontsize="small")
    for (row, column), value in zip(
        [(r, c) for r in range(len(matrix.index)) for c in range(len(matrix.columns))], matrix.to_numpy().ravel()
    ):
        if value:
            # light on the dark cells, dark on the light ones
            colour = "white" if value > values.max() / 2 else "black"
            ax.text(column, row, str(value), ha="center", va="center", fontsize="small", color=colour)
    ax.set_title("Numeric facts × outlets")
    return ax


def coverage(analysis: Analysis, ax: Any = None) -> Any:
    """Which outlet covered which event, and how (main, preview, mentioned)."""
    matrix = analysis.coverage()
    roles = {"": 0, "mentioned": 1, "preview": 2, "main": 3}
    ax = _axes(ax, (7, 0.5 * len(matrix) + 1.5))
    if matrix.empty:
        return _nothing(ax, "Events each outlet covered")
    ax.imshow(matrix.map(lambda r: roles.get(r, 0)).to_numpy(), aspect="auto", cmap="Blues", vmin=0, vmax=3)
    ax.set_xticks(range(len(matrix.columns)), [arabic(c) for c in matrix.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(matrix.index)), list(matrix.index))
    for row, event in enumerate(matrix.index):
        for column, label in enumerate(matrix.columns):
            role = matrix.loc[event, label]
            if role:
                ax.text(column, row, role, ha="center", va="center", fontsize="small",
                        color="white" if role == "main" else "black")
    ax.set_title("Events each outlet covered")
    return ax
