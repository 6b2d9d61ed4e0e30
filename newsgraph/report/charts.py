"""Inline SVG charts: conflict–cooperation intensity per day, and a small actor network.

Plain SVG strings with presentation attributes only (no scripts, no style attributes, no
external references), so they work from file:// and under a strict Content-Security-Policy.
Every label is escaped: actor names come from article text. Output is deterministic.

    >>> from newsgraph.report.model import IntensitySeries
    >>> svg = intensity_chart([IntensitySeries("Russia", "NATO", (("2022-01-12", -4.0),), 1)])
    >>> svg.startswith("<svg") and "Russia → NATO" in svg
    True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from markupsafe import Markup, escape

from .model import IntensitySeries, NetworkEdge

__all__ = ["PALETTE", "actor_network", "intensity_chart"]

#: Line colours of the series (colour-blind safe, Okabe–Ito).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")
_CONFLICT = "#c0392b"
_COOPERATION = "#1e8449"
_NEUTRAL = "#7f8c8d"


def _f(x: float) -> str:
    """A coordinate with at most one decimal, so output is short and stable."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _days(points: Sequence[str]) -> list[date]:
    parsed = sorted({date.fromisoformat(p) for p in points})
    first, last = parsed[0], parsed[-1]
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def intensity_chart(
    series: Sequence[IntensitySeries], *, width: int = 640, height: int = 240
) -> Markup:
    """Line chart of the summed PLOVER intensity per day, one line per actor pair.

    Above zero is cooperation, below is conflict; days with no event are gaps at zero.
    """
    points = [d for s in series for d, _ in s.points]
    if not points:
        return Markup("")
    days = _days(points)
    peak = max((abs(v) for s in series for _, v in s.points), default=1.0) or 1.0
    peak = math.ceil(peak)
    left, right, top, bottom = 48, 12, 16, 40
    legend_h = 18 * len(series)
    plot_w, plot_h = width - left - right, height - top - bottom
    total_h = height + legend_h

    def x(day: date) -> float:
        if len(days) == 1:
            return left + plot_w / 2
        return left + plot_w * (day - days[0]).days / (len(days) - 1)

    def y(value: float) -> float:
        return top + plot_h / 2 - (value / peak) * (plot_h / 2)

    title = "Conflict and cooperation intensity per day (sum of PLOVER scores)"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {total_h}"'
        f' width="{width}" height="{total_h}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{_f(plot_h / 2)}"'
        f' fill="{_COOPERATION}" fill-opacity="0.06"/>',
        f'<rect x="{left}" y="{_f(top + plot_h / 2)}" width="{plot_w}" height="{_f(plot_h / 2)}"'
        f' fill="{_CONFLICT}" fill-opacity="0.06"/>',
    ]
    for value in (peak, 0, -peak):
        yy = _f(y(value))
        out.append(
            f'<line x1="{left}" y1="{yy}" x2="{left + plot_w}" y2="{yy}" stroke="#999"'
            f' stroke-width="{1 if value == 0 else 0.5}"/>'
        )
        out.append(
            f'<text x="{left - 6}" y="{yy}" font-size="11" text-anchor="end"'
            f' dominant-baseline="middle">{value:+d}</text>'
            if value
            else f'<text x="{left - 6}" y="{yy}" font-size="11" text-anchor="end"'
            ' dominant-baseline="middle">0</text>'
        )
    out.append(
        f'<text x="{left + 4}" y="{top + 12}" font-size="10" fill="{_COOPERATION}">'
        "cooperation</text>"
    )
    out.append(
        f'<text x="{left + 4}" y="{top + plot_h - 4}" font-size="10" fill="{_CONFLICT}">'
        "conflict</text>"
    )
    # Date labels: first, last and evenly spaced ones between, at most six.
    step = max(1, math.ceil(len(days) / 6))
    labelled = sorted({*days[::step], days[-1]})
    for day in labelled:
        # The first and last labels align with the plot's edges so they are not clipped.
        anchor = (
            "middle"
            if len(days) == 1 or days[0] < day < days[-1]
            else "start"
            if day == days[0]
            else "end"
        )
        out.append(
            f'<text x="{_f(x(day))}" y="{top + plot_h + 16}" font-size="10"'
            f' text-anchor="{anchor}">{day.isoformat()}</text>'
        )
    for i, s in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        values = dict(s.points)
        coords = [(x(d), y(values.get(d.isoformat(), 0.0))) for d in days]
        if len(coords) > 1:
            path = " ".join(f"{_f(px)},{_f(py)}" for px, py in coords)
            out.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>'
            )
        label = f"{s.actor} → {s.recipient}"
        for d_iso, v in s.points:
            px, py = x(date.fromisoformat(d_iso)), y(v)
            out.append(
                f'<circle cx="{_f(px)}" cy="{_f(py)}" r="3.5" fill="{colour}">'
                f"<title>{escape(label)}, {escape(d_iso)}: {v:+.1f}</title></circle>"
            )
        ly = height + 18 * i + 4
        out.append(f'<rect x="{left}" y="{ly}" width="12" height="12" fill="{colour}"/>')
        out.append(
            f'<text x="{left + 18}" y="{ly + 10}" font-size="12">{escape(label)}'
            f" ({s.n_events} event{'s' if s.n_events != 1 else ''})</text>"
        )
    out.append("</svg>")
    return Markup("".join(out))


def actor_network(edges: Sequence[NetworkEdge], *, size: int = 360, margin: int = 110) -> Markup:
    """Actors on a circle, an arrow from actor to recipient per pair; red is conflict (mean
    intensity below zero), green cooperation, grey neutral or unknown; width grows with the
    number of events."""
    if not edges:
        return Markup("")
    weight: dict[str, int] = {}
    for e in edges:
        weight[e.source] = weight.get(e.source, 0) + e.n_events
        weight[e.target] = weight.get(e.target, 0) + e.n_events
    nodes = sorted(weight, key=lambda n: (-weight[n], n))
    # The circle sits in a size x size square; labels get `margin` on the left and right.
    width = size + 2 * margin
    cx, cy = width / 2, size / 2
    radius = size / 2 - 40 if len(nodes) > 1 else 0
    pos = {
        n: (
            cx + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
            cy + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2),
        )
        for i, n in enumerate(nodes)
    }
    max_n = max(e.n_events for e in edges)
    title = "Actor network: who acts on whom"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {size}"'
        f' width="{width}" height="{size}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        "<defs>",
    ]
    for name, colour in (("c", _CONFLICT), ("p", _COOPERATION), ("n", _NEUTRAL)):
        out.append(
            f'<marker id="arrow-{name}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6"'
            f' markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"'
            f' fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    node_r = 7
    for e in sorted(edges, key=lambda e: (e.source, e.target)):
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        if e.source == e.target:
            continue
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        # Stop the line at the target's circle so the arrow head stays visible.
        x2, y2 = x2 - dx / length * (node_r + 2), y2 - dy / length * (node_r + 2)
        if e.intensity is None or e.intensity == 0:
            colour, marker = _NEUTRAL, "n"
        elif e.intensity < 0:
            colour, marker = _CONFLICT, "c"
        else:
            colour, marker = _COOPERATION, "p"
        stroke_w = 1 + 3 * e.n_events / max_n
        mean = "n/a" if e.intensity is None else f"{e.intensity:+.1f}"
        out.append(
            f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="{colour}"'
            f' stroke-width="{_f(stroke_w)}" stroke-opacity="0.8"'
            f' marker-end="url(#arrow-{marker})">'
            f"<title>{escape(e.source)} → {escape(e.target)}: {e.n_events} event"
            f"{'s' if e.n_events != 1 else ''}, mean intensity {mean}</title></line>"
        )
    for n in nodes:
        px, py = pos[n]
        anchor = "start" if px > cx + 1 else "end" if px < cx - 1 else "middle"
        lx = px + (10 if anchor == "start" else -10 if anchor == "end" else 0)
        ly = py + (4 if anchor != "middle" else (-12 if py < cy else 20))
        out.append(
            f'<circle cx="{_f(px)}" cy="{_f(py)}" r="{node_r}" fill="#34495e">'
            f"<title>{escape(n)}</title></circle>"
        )
        out.append(
            f'<text x="{_f(lx)}" y="{_f(ly)}" font-size="12" text-anchor="{anchor}">'
            f"{escape(_short(n))}</text>"
        )
    out.append("</svg>")
    return Markup("".join(out))


def _short(name: str, limit: int = 16) -> str:
    """A label that fits the margin (about 6.5 px a character at 12 px); the node's title
    keeps the full name."""
    return name if len(name) <= limit else name[: limit - 1] + "…"
