"""When a claim happened: date expressions in a sentence, resolved against the
article's publication date. Relative days ("on Saturday", "yesterday", "overnight") are
resolved, never a guessed year: without a publication date they stay unresolved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .patterns import gated, lower

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
_MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
# Every way a month is written: "March", "Mar", "Sept"
MONTH_WORDS = (*_MONTHS, *(m[:3] for m in _MONTHS if len(m) > 3), "sept")
_MONTH_RE = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_WEEKDAY_RE = "|".join(WEEKDAYS)
_PART = r"(?:\s+(?P<part>night|evening|morning|afternoon))?"
_SECOND_DAY_RE = re.compile(r"\s*(?:-|–|/|to\s+)\s*(?P<day>\d{1,2})\b")
_MONTH_NEEDLES = "jan feb mar apr may jun jul aug sep oct nov dec"
# Lower-case patterns, each gated by the substrings its matches contain (patterns.py).
_PATTERNS = (
    # "on the night of March 14-15", "the night of 14 to 15 March": the night that ends
    # on the second day (as "overnight" in a morning report)
    ("explicit", gated("night_of night_from",
        rf"\b(?:on\s+)?(?:the\s+)?(?P<night>night) (?:of|from)\s+(?:(?P<month>{_MONTH_RE})\.?\s+"
        rf"\d{{1,2}}\s*(?:-|–|/|to|into)\s*(?:(?P<month3>{_MONTH_RE})\.?\s+)?"
        rf"(?P<day>\d{{1,2}})|\d{{1,2}}(?:\s+(?:{_MONTH_RE})\.?)?\s*(?:-|–|/|to|into)\s*"
        rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_RE}))\b\.?"
        rf"(?:,?\s+(?P<year>\d{{4}}))?")),
    # "on the night of March 15" (Ukrainian and Russian military summaries): the night
    # into that day
    ("explicit", gated("night_of",
        rf"\b(?:on\s+)?(?:the\s+)?(?P<night>night) of\s+(?:(?P<month>{_MONTH_RE})\.?\s+"
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?P<month2>{_MONTH_RE}))\b\.?(?:,?\s+(?P<year>\d{{4}}))?")),
    # "between 9 and 10 March", "on 9-10 March": the first day, its month told after the
    # second (which ``date_until`` reads)
    ("explicit", gated(_MONTH_NEEDLES,
        rf"\b(?:(?:on|between|from)\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?=\s*(?:-|–|to|and|"
        rf"through)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_RE})\b\.?"
        rf"(?:,?\s+(?P<year>\d{{4}}))?)")),
    ("explicit", gated(_MONTH_NEEDLES,
        rf"\b(?:on\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_RE})\.?"
        rf"(?:,?\s+(?P<year>\d{{4}}))?\b")),
    ("explicit", gated(_MONTH_NEEDLES,
        rf"\b(?:on\s+)?(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<year>\d{{4}}))?")),
    # "2024-03-12" (ISO, as conflict databases write it), "12.03.2024", "12/03/2024"
    ("numeric", gated("-0 -1 .19 .20 /19 /20",
        r"(?<![\w./-])(?:(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)"
        r"|(?P<first>\d{1,2})(?P<sep>[./])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d))"
        r"(?![\w/-]|\.\d)")),
    # "on the night of Saturday to Sunday", "the night from Friday to Saturday", "the
    # night between Friday and Saturday": the night that ends on the second day
    ("weekday", gated("night_of night_from night_between",
        rf"\b(?:on\s+|during\s+|in\s+)?(?:the\s+)?(?P<part>night) (?:of|from|between)\s+"
        rf"(?:{_WEEKDAY_RE})\s*(?:-|–|/|to|into|and)\s*(?P<weekday>{_WEEKDAY_RE})\b")),
    # "Thursday night into Friday", "late Saturday night to Sunday": the same night
    ("weekday", gated("night_into night_to night_and",
        rf"\b(?:(?:late|early)\s+)?(?:on\s+)?(?:{_WEEKDAY_RE})\s+(?P<part>night)\s+"
        rf"(?:into|to|and)\s+(?:early\s+)?(?P<weekday>{_WEEKDAY_RE})\b")),
    ("weekday", gated("day",  # every weekday's name ends in "day"
        r"\b(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?P<last>last\s+)?"
        rf"(?P<weekday>{_WEEKDAY_RE})(?:'s)?"
        + _PART + r"\b")),
    ("yesterday", gated("yesterday",
                        r"\byesterday(?:'s)?" + _PART.replace("\\s+", "\\s*") + r"\b")),
    ("yesterday", gated("day", r"\b(?:a|one) day (?:after|earlier|before|prior)\b|"
                               r"\bthe (?:previous|preceding) day\b|\bthe day (?:before|prior)\b")),
    # "two days ago": counted back from publication
    ("ago", gated("days_ago", r"\b(?P<n>two|three|four|five|six|[2-6]) days ago\b")),
    ("night", gated("night early", r"\b(?:overnight|last\s+night|(?:over\s+)?the\s+past\s+night|"
                                   r"during\s+the\s+night(?!\s+of\b)|tonight|"
                                   r"in\s+the\s+early\s+hours|"
                                   # "shortly after midnight": the night just gone
                                   r"(?:(?:shortly|just|soon)\s+)?after\s+midnight|"
                                   r"around\s+midnight)\b")),
    # "over the past 24 hours", "in the past day" (daily military summaries): the day up
    # to publication, at publication precision (a window across midnight, not a date)
    ("past_day", gated("24_hours twenty-four_hours past_day last_day",
        r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:(?:24|"
        r"twenty-four)\s+hours|day)\b(?!\s+(?:or|of)\b)")),
    ("today", gated("today this", r"\b(?:today|this\s+(?:morning|afternoon|evening)|"
                                  r"earlier\s+today)\b")),
    # "last week", "earlier this week", "over the weekend": a week (or weekend), no day;
    # "over the past week", "in the last seven days": the seven days up to publication
    ("week", gated("week seven_days 7_days", r"\b(?:(?:(?P<last>last)|(?:earlier|later)\s+"
                   r"this|this)\s+week(?P<end>end)?|(?:over|at|during)\s+the\s+week"
                   r"(?P<the_end>end)|(?P<rolling>(?:over|in|during|within)\s+the\s+(?:past|"
                   r"last|previous)\s+(?:week|(?:seven|7)\s+days)))\b"
                   r"(?!\s+(?:of|before|after|earlier|ago)\b)")),
    # "last month", "earlier this month", "in February", "in late March 2024": a month,
    # no day (a day of that month is matched first, above)
    ("month", gated("month", r"\b(?:(?P<last>last|previous)|(?:earlier|later)\s+this|this)"
                             r"\s+month\b")),
    ("month", gated(_MONTH_NEEDLES,
        # ("last April": the latest April before the month of publication)
        rf"\b(?:in\s+(?:(?:early|late)\s+|mid-)?|(?P<last>last)\s+)(?P<month>{_MONTH_RE})\b\.?"
        r"(?:,?\s+(?P<year>\d{4}))?(?!\s*\d|\s+(?:of|to|and|have|be|not|also|well)\b)")),
)


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression found in a sentence and what it resolves to."""

    text: str
    start: int
    end: int
    date: date | None
    # "day", "night", "week", "month", "publication" (the day up to it) or "unknown" (no
    # publication date)
    precision: str


def find_date(sentence: str, published: datetime | date | None) -> DateRef | None:
    """The first date expression in a sentence, resolved against ``published``."""
    low = lower(sentence)
    found = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(low):
            found.append((m.start(), kind, m))
    found.sort(key=lambda item: item[0])
    for i, (_, kind, m) in enumerate(found):
        if kind in {"week", "month"} and _ORDINAL_BEFORE_RE.search(
                low, max(0, m.start() - 30), m.start()):
            continue  # "the third attack this week": counts attacks, dates none
        if kind == "yesterday" and "yesterday" not in m.group() and i + 1 < len(found) and (
                found[i + 1][1] in {"weekday", "explicit", "numeric"}) and (
                _BESIDE_RE.fullmatch(low, m.end(), found[i + 1][0])):
            continue  # ("a day earlier, on Thursday": Thursday, not the day before today)
        ref = _resolve(kind, m, published, sentence[m.start():m.end()])
        if ref is None:
            continue
        span = _SPAN_NOTE_RE.match(low, m.end()) if kind == "explicit" else None
        if span and ref.date is not None:
            # ACLED's "Around 29 February 2024 (week of)": some day of that week (dated
            # its Monday, as "last week") or of that month
            day = ref.date - timedelta(days=ref.date.weekday()) if span["span"] == "week" else (
                ref.date.replace(day=1))
            return DateRef(sentence[m.start():span.end()], m.start(), span.end(), day,
                           span["span"])
        if kind in _DAY_KINDS and i + 1 < len(found) and ref.date is not None and (
                _SAID_BEFORE_RE.search(low, max(0, m.start() - 16), m.start())):
            # "Ukraine said on Sunday that Russia launched 50 drones overnight": the day
            # of the statement; the claim's own date comes after, told from that day
            later = _told_after(found[i + 1:], ref.date, sentence)
            if later is not None:
                return later
        if kind == "night" and i + 1 < len(found) and found[i + 1][1] != "night" and (
                _NIGHT_OF_RE.fullmatch(low, m.end(), found[i + 1][0])):
            # "overnight on Friday", "overnight into March 3": that day's night
            day = found[i + 1][2]
            named = _resolve(found[i + 1][1], day, published, sentence[day.start():day.end()])
            if named is not None and named.date is not None:
                end = day.end()
                second = _SECOND_DAY_RE.match(sentence, end)
                when = named.date
                if second and int(second["day"]) == (when + timedelta(days=1)).day:
                    # "overnight on March 15-16": the night that ends on the second day
                    when, end = when + timedelta(days=1), second.end()
                return DateRef(sentence[m.start():end].strip(), m.start(), end, when, "night")
        if kind in {"week", "month"}:
            # "the second attack this week, after a strike on Monday killed four": the day
            # (but not "last week, officials said on Monday": the day of the statement)
            day = next((later for later in found[i + 1:] if later[1] in _DAY_KINDS and not (
                _SAID_BEFORE_RE.search(low, max(0, later[0] - 16), later[0]))), None)
            named = _resolve(day[1], day[2], published, sentence[day[2].start():day[2].end()]
                             ) if day else None
            if named is not None and not (kind == "month" and ref.date and named.date and (
                    named.date.year, named.date.month) != (ref.date.year, ref.date.month)):
                return named  # (a day of that month: "January 2023 ... on Sunday" is not)
        if kind in {"night", "today"}:
            # "attacked overnight, officials said Friday": the night before the statement
            said = _said_on(found[i + 1:], low, published, sentence)
            if said is not None:
                return DateRef(ref.text, ref.start, ref.end, said, ref.precision)
        return ref
    return None


# "on Friday and Saturday", "from Monday to Wednesday", "between March 12 and March 14"
_UNTIL_GAP_RE = re.compile(r"\s*(?:and|to|through|until|till|into|-|–)\s*(?:on\s+)?")


def date_until(sentence: str, ref: DateRef | None, published: datetime | date | None
               ) -> date | None:
    """The last day of a span that opens with ``ref`` ("shelling on Friday and Saturday
    killed two"): a claim over days keeps both ends, not just the first."""
    if ref is None or ref.date is None or ref.precision not in {"day", "night"}:
        return None
    gap = _UNTIL_GAP_RE.match(sentence, ref.end)
    if gap is None or gap.end() == ref.end:  # (most sentences: no second date read)
        return None
    after = find_date(sentence[ref.end:], published)
    if after is None or after.date is None or after.start != gap.end() - ref.end:
        day = _BARE_DAY_RE.match(sentence, gap.end()) if ref.text[-1:].isdigit() and any(
            c.isalpha() for c in ref.text) else None
        if day is None or not 0 < int(day["day"]) - ref.date.day <= 7:
            return None
        return ref.date.replace(day=int(day["day"]))  # "on March 9-10": the same month
    days = (after.date - ref.date).days
    return after.date if 0 < days <= 7 else None


# ("March 9-10,": a day with no month of its own; not "March 9 and 10 people were ...")
_BARE_DAY_RE = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![ \t]*(?:[^\W\d_]|%|\d))")
_SPAN_NOTE_RE = re.compile(r"\s*\((?P<span>week|month) of\)")
_DAY_KINDS = frozenset({"explicit", "numeric", "weekday", "yesterday", "ago"})
_AGO_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "A day earlier, on Thursday": the day named beside a relative one
_BESIDE_RE = re.compile(r",?\s*(?:on\s+)?")
_ORDINAL_BEFORE_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|"
    r"th)|latest|another)\s+(?:[\w-]+\s+){0,2}?$")


def _told_after(later: list, said: date, sentence: str) -> DateRef | None:
    """The first date after a statement's day, relative ones counted from that day."""
    for _, kind, m in later:
        ref = _resolve(kind, m, said, sentence[m.start():m.end()])
        if ref is not None:
            return ref
    return None


_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|reported|announced|wrote|posted|added|claimed|"
                             r"stated|confirmed|noted)\s+(?:on\s+)?$")


def _said_on(later: list, low: str, published: datetime | date | None, sentence: str
             ) -> date | None:
    """The day a statement later in the sentence was made ("said Friday")."""
    for _, kind, m in later:
        if kind == "weekday" and _SAID_BEFORE_RE.search(low, max(0, m.start() - 16),
                                                        m.start()):
            said = _resolve(kind, m, published, sentence[m.start():m.end()])
            return said.date if said is not None else None
    return None


_NIGHT_OF_RE = re.compile(r"\s+(?:on|into|to|of)?\s*")


def day_of(published: datetime | date | None) -> date | None:
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def _resolve(kind: str, m: re.Match[str], published: datetime | date | None, written: str
             ) -> DateRef | None:
    pub = day_of(published)
    text = written.strip()
    part = m.groupdict().get("part") or ""
    precision = "night" if part == "night" or kind == "night" else "day"
    if kind == "explicit":
        groups = m.groupdict()
        month = _month(groups.get("month3") or groups.get("month") or groups["month2"])
        day = int(groups.get("day") or groups["day2"])
        precision = "night" if groups.get("night") else "day"
        year = int(m.group("year")) if m.group("year") else None
        if year is None:
            if pub is None:
                return DateRef(text, m.start(), m.end(), None, "unknown")
            year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
        try:
            return DateRef(text, m.start(), m.end(), date(year, month, day), precision)
        except ValueError:
            return None  # "31 February": not a date
    if kind == "month":
        return _month_ref(m, pub, text)
    if kind == "week":
        return _week_ref(m, pub, text)
    if kind == "numeric":
        day = _numeric(m, pub)
        return DateRef(text, m.start(), m.end(), day, "day") if day else None
    if pub is None:
        return DateRef(text, m.start(), m.end(), None, "unknown")
    if kind == "weekday":
        target = WEEKDAYS.index(m.group("weekday"))
        back = (pub.weekday() - target) % 7
        if m.groupdict().get("last") and back == 0:
            back = 7
        return DateRef(text, m.start(), m.end(), pub - timedelta(days=back), precision)
    if kind == "yesterday":
        return DateRef(text, m.start(), m.end(), pub - timedelta(days=1), precision)
    if kind == "past_day":
        return DateRef(text, m.start(), m.end(), pub, "publication")
    if kind == "ago":
        n = _AGO_DAYS.get(m.group("n")) or int(m.group("n"))
        return DateRef(text, m.start(), m.end(), pub - timedelta(days=n), "day")
    return DateRef(text, m.start(), m.end(), pub, precision)


def _week_ref(m: re.Match[str], pub: date | None, text: str) -> DateRef | None:
    """A week with no day: dated its Monday (a weekend its Saturday; the past seven days
    their first), at "week" precision (ACLED's time precision 2)."""
    groups = m.groupdict()
    if pub is None:
        return DateRef(text, m.start(), m.end(), None, "unknown")
    if groups.get("rolling"):
        first = pub - timedelta(days=6)
    elif groups.get("end") or groups.get("the_end"):
        first = pub - timedelta(days=(pub.weekday() - 5) % 7)  # the latest Saturday
        if groups.get("last") and pub.weekday() >= 5:
            first -= timedelta(days=7)  # "last weekend", said on a Sunday: the one before
    else:
        first = pub - timedelta(days=pub.weekday() + (7 if groups.get("last") else 0))
    return DateRef(text, m.start(), m.end(), first, "week")


def _month_ref(m: re.Match[str], pub: date | None, text: str) -> DateRef | None:
    """A month with no day: dated its first day, at "month" precision (ACLED's time
    precision 3); the latest such month up to publication when no year is written."""
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("month"):
        month = _month(groups["month"])
        if year is None:
            if pub is None:
                return DateRef(text, m.start(), m.end(), None, "unknown")
            year = pub.year if month < pub.month or (
                month == pub.month and not groups.get("last")) else pub.year - 1
        return DateRef(text, m.start(), m.end(), date(year, month, 1), "month")
    if pub is None:
        return DateRef(text, m.start(), m.end(), None, "unknown")
    first = pub.replace(day=1)
    if groups.get("last"):
        first = (first - timedelta(days=1)).replace(day=1)
    return DateRef(text, m.start(), m.end(), first, "month")


def _numeric(m: re.Match[str], pub: date | None) -> date | None:
    """An all-digit date. ISO is year-month-day and dots are day-month-year (European and
    post-Soviet usage); slashes are day first as in British and Ukrainian text unless only
    month first is a date, and when both are, the reading on or nearest before
    publication wins ("03/12/2024" published in March 2024 is 3 December 2023 no
    more than 12 March 2024)."""
    try:
        if m.group("iso_year"):
            return date(int(m.group("iso_year")), int(m.group("iso_month")),
                        int(m.group("iso_day")))
    except ValueError:
        return None
    year, first, second = int(m.group("year")), int(m.group("first")), int(m.group("second"))
    readings = []
    for month, day in ((second, first), (first, second)) if m.group("sep") == "/" else (
            (second, first),):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if len(readings) > 1 and pub is not None:
        before = [d for d in readings if d <= pub]
        readings = sorted(before, reverse=True) or readings
    return readings[0] if readings else None


def _month(written: str) -> int:
    key = written.lower().rstrip(".")
    return next(i for name, i in _MONTHS.items() if name.startswith(key[:3]))


# "DONETSK, March 14. /TASS/.", "LONDON, March 12 (Reuters) -", "KYIV, 14 March
# (Ukrinform) -": the day the dispatch was written, given in its dateline
# (the place and the day alone, shared with the extraction's reading of datelines)
DATELINE_DAY = (
    rf"[A-Z][\w .'’-]{{1,40}},\s+(?:(?P<month>(?i:{_MONTH_RE}))\.?\s+(?P<day>\d{{1,2}})|"
    rf"(?P<day2>\d{{1,2}})\s+(?P<month2>(?i:{_MONTH_RE}))\.?)(?:,?\s+\d{{4}})?")
_DATELINE_DAY_RE = re.compile(rf"^\s*{DATELINE_DAY}\s*[.,]?\s*(?:\(|/|[-—–])", re.I | re.M)
DISPATCH_MAX_DAYS = 7  # a dateline older than this before publication is not this text's


def dispatch_date(text: str, published: datetime | date | None) -> datetime | date | None:
    """The date relative days count from: a dateline's day ("LONDON, March 12 (Reuters)")
    when the caller's publication date is a few days later (an archive or a feed's date),
    else the publication date itself."""
    pub = day_of(published)
    m = _DATELINE_DAY_RE.search(text, 0, 300)
    if pub is None or m is None:
        return published
    try:
        month = _month(m.group("month") or m.group("month2"))
        day = int(m.group("day") or m.group("day2"))
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
        written = date(year, month, day)
    except ValueError:
        return published
    if written == pub or (pub - written).days > DISPATCH_MAX_DAYS:
        return published
    return written


# A time of day with no day ("at around 5am", "between 11pm and 3am Moscow time", "from
# 20:00 to 23:00 Moscow time", as the Russian defence ministry words its summaries)
_HOUR = (r"(?P<{n}>\d{{1,2}})(?:[:.](?P<{n}m>[0-5]\d))?\s*(?:(?P<{n}ap>[ap])\.?\s?m\b\.?"
         r"|(?<=\d\d)(?=\s+(?:\w+\s+)?(?:time|gmt|utc)\b)|(?<=:\d\d){more})")
# "from 8 to 11 p.m.": the first time takes the second's half of the day
_RANGE_TO = r"|(?=\s*(?:and|to|-|–)\s*\d)"
_CLOCK_RE = gated(": am pm a.m p.m", (
    # ("08:15 — Explosions heard in Odesa": a live feed's time stamp opening the line)
    rf"(?:\b(?:at|around|about|between|from|after|before|until|till|by|shortly after)\s+|"
    rf"^[^\w\n]*(?=\d{{1,2}}:\d\d\b))"
    rf"(?:(?:around|about|approximately)\s+)?{_HOUR.format(n='h', more=_RANGE_TO)}"
    rf"(?:\s*(?:and|to|-|–)\s*{_HOUR.format(n='e', more='')})?"))
# Minutes a told time may run past the publication time and still be that day: the time
# is local and the publication time may be UTC (Kyiv and Moscow are 2-3 hours ahead)
CLOCK_SLACK = 180


def _clock(m: re.Match[str], name: str, half: str | None = None) -> tuple[int, int] | None:
    """(hour, minute) of one written time, on a 24-hour clock; None when it is no time.
    ``half`` is the a.m. or p.m. of a range's other end ("from 8 to 11 p.m.")."""
    hour, minute, half = int(m[name]), int(m[name + "m"] or 0), m[name + "ap"] or half
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    elif m[name + "m"] is None or hour > 23:
        return None  # a bare number ("from 20 to 30") is no time
    return hour, minute


def clock_date(sentence: str, published: datetime | date | None) -> DateRef | None:
    """The day of a time told without one: the last such time at or before publication
    (when its hour is known), at "night" precision between 9 p.m. and 6 a.m. and dated
    by the calendar, as "late on Tuesday night" is. A range is timed by its start unless
    it runs past midnight ("between 11pm and 3am": by its end, as "the night of 14-15
    March" is dated the 15th)."""
    pub = day_of(published)
    if pub is None:
        return None
    low = lower(sentence)
    for m in _CLOCK_RE.finditer(low):
        if _SAID_BEFORE_RE.search(low, max(0, m.start() - 16), m.start()):
            continue  # "the governor said at 10 a.m.": when it was said
        end = _clock(m, "e") if m["e"] else None
        start = _clock(m, "h") or (_clock(m, "h", m["eap"]) if end is not None else None)
        if start is None:
            continue
        hour, minute = end if end is not None and end < start else start
        day = pub
        if isinstance(published, datetime) and published.time() != datetime.min.time() and (
                hour * 60 + minute > published.hour * 60 + published.minute + CLOCK_SLACK):
            day = pub - timedelta(days=1)  # a time later than publication: the day before
        night = hour >= 21 or hour < 6
        return DateRef(sentence[m.start():m.end()].strip(), m.start(), m.end(), day,
                       "night" if night else "day")
    return None
