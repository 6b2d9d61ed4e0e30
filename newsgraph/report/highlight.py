"""Article text as HTML with its sentences, quotes, events and dates marked.

Spans may nest (a date inside a quote inside a sentence) or overlap. The text is cut at every
span boundary; each piece is wrapped in the spans that cover it, outermost (earliest, longest)
first, and a span whose nesting breaks is closed and reopened, so the markup is always well
formed. The element of a span's first piece carries its id, so `#quote-3` scrolls to it.
Every piece of text and every attribute value is escaped here: article text is untrusted.

    >>> str(highlight("Hi <b>", [Span(0, 2, "quote", "quote-1", "said")]))
    '<span class="hl hl-quote" id="quote-1" title="said">Hi</span> &lt;b&gt;'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

__all__ = ["Span", "highlight"]

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


@dataclass(frozen=True, slots=True)
class Span:
    """A marked span [start, end) of the text. `kind` becomes the class `hl-<kind>`."""

    start: int
    end: int
    kind: str
    id: str | None = None
    title: str | None = None


def _open(span: Span, first: bool) -> str:
    attrs = [f'class="hl hl-{escape(span.kind)}"']
    if first and span.id and _ID.match(span.id):
        attrs.append(f'id="{escape(span.id)}"')
    if span.title:
        attrs.append(f'title="{escape(span.title)}"')
    return "<span " + " ".join(attrs) + ">"


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """`text` as escaped HTML with `spans` wrapped in <span class="hl hl-KIND">.

    Spans outside the text or empty are dropped; ones reaching past it are cut at its end.
    """
    n = len(text)
    valid: list[Span] = []
    for span in spans:
        start, end = max(0, span.start), min(n, span.end)
        if start < end:
            valid.append(Span(start, end, span.kind, span.id, span.title))
    # Outer spans first: earlier start, then longer; ties keep the caller's order.
    valid = [s for _, s in sorted(enumerate(valid), key=lambda p: (p[1].start, -p[1].end, p[0]))]
    cuts = sorted({0, n, *(s.start for s in valid), *(s.end for s in valid)})

    out: list[str] = []
    stack: list[Span] = []
    opened: set[int] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in valid if s.start <= a and s.end >= b]
        keep = _common_prefix(stack, covering)
        for _ in range(len(stack) - keep):
            out.append("</span>")
        stack = stack[:keep]
        for span in covering[keep:]:
            key = id(span)
            out.append(_open(span, key not in opened))
            opened.add(key)
            stack.append(span)
        out.append(str(escape(text[a:b])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))


def _common_prefix(a: Sequence[Span], b: Sequence[Span]) -> int:
    k = 0
    while k < len(a) and k < len(b) and a[k] is b[k]:
        k += 1
    return k
