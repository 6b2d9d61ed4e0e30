"""What a briefing shows: plain, frozen records built from the store by `data.py`.

The static report and the web app render the same records with the same templates, and the
JSON API returns them as they are. Every claim carries `Evidence`: the article and outlet it
comes from and the anchor of its span on the article page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ActorRow",
    "ArticlePage",
    "ArticleRef",
    "CalendarMeeting",
    "CalendarReport",
    "CitationRow",
    "CopyRow",
    "Disagreement",
    "EventRow",
    "Evidence",
    "FigureValue",
    "IntensitySeries",
    "NetworkEdge",
    "OutletRow",
    "Participant",
    "QuoteItem",
    "QuoteRow",
    "SpeakerQuotes",
    "StoryBriefing",
    "StoryListItem",
    "SummarySentence",
    "TimelineEntry",
]


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as listed: no text. `outlet` is never empty ('unknown outlet' at worst)."""

    id: str
    title: str
    outlet: str
    published: str | None
    url: str
    near_dup_of: str | None = None
    story_id: str | None = None
    lang: str = "en"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a claim comes from: an article, its outlet, the span text and its page anchor."""

    article_id: str
    outlet: str
    anchor: str  # element id on the article page: 'event-12', 'quote-3', 's-140'
    text: str
    is_copy: bool = False


@dataclass(frozen=True, slots=True)
class CalendarReport:
    """One article's report of a scheduled meeting or deadline; `anchor` marks its date
    expression on the article page."""

    article_id: str
    outlet: str
    published: str | None
    title: str
    timex_text: str
    sentence: str
    story_id: str | None
    near_dup_of: str | None
    anchor: str


@dataclass(frozen=True, slots=True)
class CalendarMeeting:
    """A meeting, talks or deadline on the calendar with every report of it (`newsgraph
    calendar`'s blocks): `date` is a TimeML value ('2022-01-12', '2022-W02', '2022-01')."""

    date: str
    date_first: str
    date_last: str
    kind: str
    place: str | None
    reports: tuple[CalendarReport, ...]


@dataclass(frozen=True, slots=True)
class StoryListItem:
    """A story in the index. `single` marks an article that no story holds (and its copies)."""

    id: str
    label: str
    first_seen: str | None
    last_seen: str | None
    n_articles: int
    n_outlets: int
    single: bool = False


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    evidence: Evidence
    also_in: tuple[str, ...]  # other outlets with a sentence saying much the same


@dataclass(frozen=True, slots=True)
class Participant:
    role: str  # 'actor' or 'recipient'
    name: str
    actor_id: str | None = None
    code: str | None = None
    kind: str | None = None  # the actor's kind when the actor is in the dictionary


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event as reported by one or more articles (an event cluster, or equal reports)."""

    date: str | None  # the event's own date (TimeML value) when known
    reported: str | None  # the earliest publication date of a report
    status: str
    plover_type: str
    plover_mode: str | None
    cameo: str | None
    intensity: float | None  # mean PLOVER intensity of the reports
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    location: str | None
    text: str  # the evidence sentence of the first report
    outlets: tuple[str, ...]
    n_independent: int  # outlets of reports that are not copies
    evidence: tuple[Evidence, ...]
    cluster_id: str | None = None


@dataclass(frozen=True, slots=True)
class ActorRow:
    name: str
    actor_id: str | None
    kind: str  # actor kind ('country') or, for an unresolved name, its entity label ('GPE')
    n_mentions: int
    n_events: int
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuoteItem:
    content: str
    kind: str
    cue: str | None
    outlets: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    speaker: str
    actor_id: str | None
    outlets: tuple[str, ...]
    quotes: tuple[QuoteItem, ...]


@dataclass(frozen=True, slots=True)
class FigureValue:
    display: str  # '175,000' or '100,000–120,000'
    value: float
    value_max: float | None
    qualifiers: tuple[str, ...]
    outlets: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Figures of one story that measure the same thing but differ between outlets."""

    measures: str
    unit: str | None
    values: tuple[FigureValue, ...]


@dataclass(frozen=True, slots=True)
class OutletRow:
    outlet: str
    n_articles: int
    n_copies: int
    articles: tuple[ArticleRef, ...]


@dataclass(frozen=True, slots=True)
class CopyRow:
    copy: ArticleRef
    original: ArticleRef | None  # None when the original is not in this story


@dataclass(frozen=True, slots=True)
class CitationRow:
    outlet: str  # the citing outlet
    cited: str
    n: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class IntensitySeries:
    """Sum of PLOVER intensities per day for one (actor, recipient) pair; days are ISO dates."""

    actor: str
    recipient: str
    points: tuple[tuple[str, float], ...]
    n_events: int


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    source: str
    target: str
    n_events: int
    intensity: float | None  # mean PLOVER intensity, None when no event has one


@dataclass(frozen=True, slots=True)
class StoryBriefing:
    """Everything a story page shows. Empty tuples mean the store has no such rows yet."""

    id: str
    label: str
    first_seen: str | None
    last_seen: str | None
    single: bool
    articles: tuple[ArticleRef, ...]
    summary: tuple[SummarySentence, ...]
    past: tuple[TimelineEntry, ...]
    scheduled: tuple[TimelineEntry, ...]
    uncertain: tuple[TimelineEntry, ...]  # hypothetical or negated
    actors: tuple[ActorRow, ...]
    quotes: tuple[SpeakerQuotes, ...]
    disagreements: tuple[Disagreement, ...]
    outlets: tuple[OutletRow, ...]
    copies: tuple[CopyRow, ...]
    citations: tuple[CitationRow, ...]
    intensity: tuple[IntensitySeries, ...]
    network: tuple[NetworkEdge, ...]
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, for empty states


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event row of the events table."""

    id: int
    article_id: str
    outlet: str
    published: str | None
    title: str
    text: str
    plover_type: str
    plover_mode: str | None
    cameo: str | None
    intensity: float | None
    goldstein: float | None
    date: str | None
    location: str | None
    status: str
    cluster_id: str | None
    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...]
    anchor: str


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote as the API lists it."""

    id: int
    article_id: str
    outlet: str
    published: str | None
    speaker: str
    speaker_actor_id: str | None
    kind: str
    cue: str | None
    content: str
    sentence: int
    start: int
    end: int
    anchor: str


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """An article with its text and extraction rows; `html` is the highlighted text markup."""

    article: ArticleRef
    text: str
    html: str
    story: StoryListItem | None
    original: ArticleRef | None
    copies: tuple[ArticleRef, ...]
    quotes: tuple[QuoteRow, ...]
    events: tuple[EventRow, ...]
    timexes: tuple[tuple[str, str, str | None, str], ...]  # (text, type, value, anchor)
    figures: tuple[tuple[str, str], ...]  # (text, anchor)
    citations: tuple[tuple[str, str, str], ...]  # (text, cited outlet, anchor)
