"""Publication dates from metadata fields, as timezone-aware UTC datetimes.

A metadata date must name a day: "yesterday", "Thursday" or "December 2021" in a date field
cannot be placed without knowing when the page was saved, so they are unparseable here (the
caller keeps the article without a date and says so). Nothing in this module reads the clock.

The cascade, first success wins:

1. numbers (JSON) and digit strings: epoch seconds, or milliseconds when larger than 1e11;
   eight digits are YYYYMMDD;
2. ISO 8601 (`datetime.fromisoformat`, which takes "Z", offsets and a space for "T");
3. RFC 2822 ("Thu, 30 Dec 2021 14:05:00 +0300", weekday and seconds optional);
4. dateparser, absolute dates only, day, month and year required ("December 30, 2021").

A naive result is taken to be UTC.
"""

from __future__ import annotations

import email.utils
import logging
import re
from datetime import UTC, datetime
from typing import Any

import dateparser

__all__ = ["parse_date", "is_blank"]

log = logging.getLogger(__name__)

_EPOCH_MS_ABOVE = 1e11  # 1e11 seconds is year 5138; such a number is milliseconds
_EPOCH_MIN = 1e8  # March 1973: smaller numbers are not news timestamps
_DIGITS = re.compile(r"^-?\d+(\.\d+)?$")
_MIN_YEAR, _MAX_YEAR = 1800, 2200  # outside this a "date" is a mistake (an id, a count)
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    # no "relative-time": "yesterday", "2 hours ago" would be anchored on today
    "PARSERS": ["custom-formats", "absolute-time"],
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": True,
    # a fixed base, so that nothing can leak the current date even if a parser consults it
    "RELATIVE_BASE": datetime(2000, 1, 1),
}


def is_blank(value: object) -> bool:
    """True when a date field is absent or empty (as opposed to present but unparseable)."""
    return value is None or (isinstance(value, str) and not value.strip())


def parse_date(value: object, lang: str = "en") -> datetime | None:
    """The UTC datetime a metadata value names, or None when it names no single day.

    >>> parse_date("30 Dec 2021 14:05 +0300")
    datetime.datetime(2021, 12, 30, 11, 5, tzinfo=datetime.timezone.utc)
    >>> parse_date("yesterday") is None
    True
    """
    if isinstance(value, datetime):
        return _checked(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if _DIGITS.match(text):
        return _from_digits(text)
    return _from_iso(text) or _from_rfc2822(text) or _from_dateparser(text, lang)


def _checked(moment: datetime) -> datetime | None:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return moment if _MIN_YEAR <= moment.year <= _MAX_YEAR else None


def _from_epoch(number: float) -> datetime | None:
    if number < _EPOCH_MIN:  # 42 in a date field is a count or an id, not 1970
        return None
    if number > _EPOCH_MS_ABOVE:
        number /= 1000
    try:
        return _checked(datetime.fromtimestamp(number, tz=UTC))
    except (OverflowError, OSError, ValueError):
        return None


def _from_digits(text: str) -> datetime | None:
    if len(text) == 8:
        try:
            return _checked(datetime.strptime(text, "%Y%m%d"))
        except ValueError:
            return None
    return _from_epoch(float(text))


def _from_iso(text: str) -> datetime | None:
    candidate = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        return _checked(datetime.fromisoformat(candidate))
    except ValueError:
        return None


def _from_rfc2822(text: str) -> datetime | None:
    try:
        return _checked(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _from_dateparser(text: str, lang: str) -> datetime | None:
    languages = ["en"] if lang in ("", "en") else [lang, "en"]
    try:
        parsed = dateparser.parse(text, languages=languages, settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError, LookupError) as err:
        log.debug("dateparser failed on %r: %s", text, err)
        return None
    return _checked(parsed) if parsed is not None else None
