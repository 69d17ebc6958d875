"""Finding place names in running text: tokens -> longest capitalised match -> filters.

Pure functions over a text and a ``has_key``/``has_prefix`` pair (the index's trie), so
the rules can be tested without an index. The gazetteer resolves what this finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from .normalize import fold, is_capitalised
from .phrases import ADMIN1, ADMIN2, AIRSPACE, COUNTRY, SETTLEMENT, strip_kind_words

MAX_WORDS = 6
# Words, with inner apostrophes (L'viv) kept; hyphens split words but may join a name.
_TOKEN_RE = re.compile(r"[^\W\d_](?:\w|['’ʼ](?=\w))*", re.UNICODE)
_POSSESSIVE = ("'s", "’s", "ʼs")
# Kind words written after a name ("Kharkiv region", "the Kursk and Bryansk regions").
_KIND_AFTER_RE = re.compile(
    r"(?P<gap>['’ʼ]s\s+|\s+)(?P<word>regions?|oblasts?|provinces?|krais?|krays?|"
    r"governorates?|districts?|raions?|rayons?|urban\s+districts?|municipal\s+districts?|"
    r"counties|county|hromadas?|communit(?:y|ies)|localit(?:y|ies)|airspace|air\s+space|"
    r"village|town|city|"
    r"state(?!\s+(?-i:[A-Z])))\b",  # (not "Belchertown State School")
    re.IGNORECASE,
)
_KIND_BEFORE_RE = re.compile(
    r"\b(?P<word>villages?|towns?|cit(?:y|ies)|settlements?|hamlet|regions?|provinces?|"
    r"oblasts?|districts?|airspace|air\s+space|skies)\s+(?:of|over|above)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the Dniprovskyi district of Kherson": the district has its own name, and the place
# after "of" is its parent, not a district.
_NAMED_BEFORE_RE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]$")
_KIND_WORDS = {
    "region": ADMIN1, "oblast": ADMIN1, "province": ADMIN1, "krai": ADMIN1, "kray": ADMIN1,
    "governorate": ADMIN1, "state": ADMIN1, "district": ADMIN2, "raion": ADMIN2, "rayon": ADMIN2,
    "county": ADMIN2, "hromada": ADMIN2, "community": ADMIN2, "urban district": ADMIN2,
    "locality": ADMIN2,
    "municipal district": ADMIN2, "airspace": AIRSPACE, "air space": AIRSPACE,
    "village": SETTLEMENT, "town": SETTLEMENT, "city": SETTLEMENT, "settlement": SETTLEMENT,
    "hamlet": SETTLEMENT, "skies": AIRSPACE,
}
# "a residential district of Kharkiv", "two districts of Kyiv": a part of the city (but
# "the district of Kharkiv" alone may be the district around it)
_PART_OF_CITY_RE = re.compile(r"(?:(?<![\w'’-])(?!the\s)[a-z]+|\bthe city['’]s)\s+$")
_OF_AFTER_RE = re.compile(r"\s+of\s+(?:the\s+)?[^\W\d_]")
# "the Sumy regional military administration", "Kharkiv regional governor": the region's
# offices (but "the Kharkiv regional hospital" is a building in the city)
_REGION_OFFICE_AFTER_RE = re.compile(
    r"\s+regional\s+(?:military\s+|state\s+|civil-military\s+)?(?:administration|governor|"
    r"council|authorities|government|head|chief|police|prosecutor|officials?|emergency|"
    r"department|leadership)\b", re.IGNORECASE)
# "... and Hakurk regions of": a list's last name, one the index lacks, and its kind word
_UNKNOWN_LAST = r"\s+(?:and|or)\s+(?-i:[A-Z])[\w'’-]+\s+(?P<word>{words})\s+of"
_UNKNOWN_LAST_OF_LIST_RE = re.compile(_UNKNOWN_LAST.format(words="regions|districts|provinces")
                                      + r"\b")
_LIST_GAP_RE = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or|&|/)\s+(?:the\s+)?$", re.IGNORECASE)
# "X, Y region" / "X in the Y region" / "X, a town in Y" / "X (Y)" / "Y's X"
_PARENT_GAP_RE = re.compile(
    # ("Kyauk Ka Sin village (Myaung, Sagaing)": a district the index lacks may come first
    # in the brackets, as conflict databases write them)
    # ("Kani township, Sagaing region": Myanmar's townships, which the index lacks)
    r"^(?:\s+township)?(?:,\s*|\s+(?:in|near|outside|of)\s+|\s*\(\s*(?:(?-i:[A-Z])[\w'’-]*(?:\s+"
    r"(?-i:[A-Z])[\w'’-]*){0,2},\s*)?|,\s*(?:(?:a|an|the)\s+)?"
    r"(?:(?!and\b|or\b)[\w-]+\s+){0,3}?"
    r"(?:city|town|village|settlement|hamlet|community|district)\s+"
    # (not "Krasnopillia near the border with Russia": a neighbour, not a parent)
    r"(?:in|near)\s+)(?:the\s+)?(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?<!\bwith )$",
    re.IGNORECASE,
)
# A site named after the place before it, in a region: "the Ras Issa port in Hodeidah
# province"
_SITE_WORD = r"(?:port|oil terminal|terminal|airport|air ?base|refinery)"
_SITE_IN_GAP_RE = re.compile(rf"^\s+{_SITE_WORD}\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# "the Gara and Hakurk regions of northern Iraq": the list's last name is unknown, and the
# list's areas are of the country after it
UNKNOWN_LISTED_OF_RE = re.compile(_UNKNOWN_LAST.format(words="regions|districts|provinces|areas")
                                  + r"\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# Words before a capitalised name that make it a person, not a place.
_TITLES = frozenset(
    """governor mayor president minister spokesman spokeswoman spokesperson general gen
    colonel col lieutenant lt sergeant sgt captain capt commander chief head adviser
    advisor mr mrs ms dr prof pope patriarch king queen prince princess senator rep
    representative ambassador secretary chairman chairwoman director deputy premier
    chancellor envoy officer lawmaker""".split()
)
# A name before these is a party's or a movement's, not a place: "Kurdistan Workers'
# Party", "Kurdistan Democratic Party", "Baloch Liberation Army"
_PARTY_WORDS = frozenset("workers workers' democratic communist socialist liberation".split())
# Capitalised words that may follow a place without making it a person's name.
_PLACE_NEIGHBOURS = frozenset(
    """oblast region province district raion rayon krai governorate county city town
    village airport airbase base port harbour harbor bay river bridge dam plant station
    governor mayor administration council military regional city's authorities police
    border front direction sector axis area oil refinery depot nuclear power thermal hpp
    npp tpp chp metro railway street square avenue sea strait gulf lake island islands
    peninsula mountains hills republic people's state federal""".split()
)
# "Shelling hit Kostiantynivka Wednesday afternoon", "in Pokrovsk January 5": the agencies'
# date after a place, no surname (after a word that takes a place, not "by Wynne Friday")
_DATE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split())
_TAKES_A_PLACE_RE = re.compile(r"\b(?:in|on|at|near|outside|over|across|into|hit|struck|"
                               r"shelled|attacked|bombed|pounded|targeted)\s+$")


# (the area words are found by plain search, and the word before each read after: a
# pattern scanning every capitalised word for them costs more than the rest of it)
_AREA_WORDS = {"airspace": AIRSPACE, "air space": AIRSPACE, "skies": AIRSPACE,
               "territory": COUNTRY, "soil": COUNTRY, "regions": COUNTRY, "provinces": COUNTRY,
               "oblasts": COUNTRY}
_NAME_WORD_RE = re.compile(r"[A-Z][\w-]+")


def demonym_area_spans(text: str, is_demonym: Callable[[str], bool]) -> list[Span]:
    """ "Polish airspace", "Romanian skies": a demonym is no place, but with airspace it
    names one; with territory or soil ("over Polish territory"), or a plural of regions
    (TASS's "over Russian regions"), its country."""
    if "space" not in text and "skies" not in text and "territory" not in text and (
            "soil" not in text) and "regions" not in text and "provinces" not in text and (
            "oblasts" not in text):
        return []  # cheap tests spare a scan of every capitalised word
    out = []
    for word, kinds in _AREA_WORDS.items():
        for at, end in _whole_words(text, word):
            head = text[max(0, at - 40):at].rstrip()
            name = head[max(head.rfind(" "), head.rfind("\n")) + 1:].lstrip("(\"'“‘[")
            if _NAME_WORD_RE.fullmatch(name) and is_demonym(fold(name)):
                start = at - len(text[max(0, at - 40):at]) + len(head) - len(name)
                out.append(Span(start, end, fold(name), kinds, start + len(name)))
    return sorted(out, key=lambda span: span.start)


def _whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where a word stands whole after a space, found by plain search (a pattern tried at
    every position, or at every capitalised word, costs more)."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if at and text[at - 1].isspace() and not (
                end < len(text) and (text[end].isalnum() or text[end] == "_")):
            yield at, end
        at = text.find(word, end)


# "debris hit a Romanian village", "shelling of a Russian border town": a settlement the
# text does not name, so only its country is known (not "a Ukrainian town called ...")
# (nor "Kharkiv, a Ukrainian city of 1.4 million" nor "a Russian border town, Tyotkino,":
# a named place described)
UNNAMED_SETTLEMENTS = frozenset("village town city hamlet settlement port farm".split())
_SOME_BEFORE_RE = re.compile(
    r"(?:^|[^\w'’-])(?<!, )(?:[Aa]n?|[Oo]ne) ([A-Z][a-z]+) (?:(?:small|remote|rural|coastal|"
    r"border|frontier|front-line|frontline|southern|northern|eastern|western|central) ){0,2}$")
_NAMED_AFTER_RE = re.compile(r",? (?:of|called|named) [A-Z]|, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,")


def some_settlement_spans(text: str, is_demonym: Callable[[str], bool]) -> list[Span]:
    """ "a Romanian village": the village is unknown, its country is not."""
    out = []
    for word in UNNAMED_SETTLEMENTS:
        for at, end in _whole_words(text, word):
            some = _SOME_BEFORE_RE.search(text, max(0, at - 60), at)
            if some and is_demonym(fold(some[1])) and not _NAMED_AFTER_RE.match(text, end):
                out.append(Span(some.start(1), end, fold(some[1]), COUNTRY, some.end(1)))
    return sorted(out, key=lambda span: span.start)


_OPENS_SENTENCE_RE = re.compile(r"(?:^|[.!?:;\n\"“]\s*)$")
# (with an Arabic article inside: "the village of Wad al-Nourah"; a name starts with a
# capital, which keeps the scan cheap)
_NAME = (r"[A-Z]\w+(?:['’]\w\w+)?"
         r"(?:[ -](?:(?:al|el|ad|ash|as|an|ar|at|az|ed|es|et|ez|en|er|ul)-)?[A-Z]\w+){0,2}")
# Each with the words one of which a match must contain: cheap tests spare most scans.
_UNKNOWN_SETTLEMENT_RES = (
    (("village of", "town of", "settlement of", "hamlet of", "city of"),
     re.compile(rf"\b(?:village|town|settlement|hamlet|city) of ({_NAME})\b(?!['’])")),
    # "in Lin Ta Lu village", "hit Nyaung Pin Thar village" (Myanmar, South Asian and
    # Ukrinform usage): the whole run after a lower-case word or a region's possessive
    # ("Sagaing Region's Lin Ta Lu village", "Sagaing region's ...") is the village's
    # name, not a known "Lin" and an unknown "Ta Lu" ("the Druze village" names none)
    (("village", "hamlet"),
     re.compile(rf"(?<![\w'’-])(?!(?:the|a|an) )(?:[a-z]+|\w+['’]s) ({_NAME}) "
                r"(?:village|hamlet)\b")),
    # (also "the Ras Issa port in Hodeidah province", "Wad Noura in Gezira state")
    (("region", "oblast", "province", "district", "county", "state", "governorate"),
     re.compile(rf"\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)({_NAME})"
                rf"(?: {_SITE_WORD})?"
                r"(?:,|(?P<at> in)) (?:the )?(?=[A-Z][\w'’-]+ "
                # ("Syrian state media" is no state)
                r"(?:region|oblast|province|district|county|state(?! media| television| tv"
                r"| news| agency| broadcaster)|governorate)\b)")),
)


# "the Bilopilska, Krasnopilska and Myropilska communities": Ukrainian hromadas named by
# the adjective of their seat (Bilopillia), as regional administrations write them
_ADJECTIVE_COMMUNITIES_RE = re.compile(
    r"(?<![\w'’-])(?:(?:Nova|Velyka|Mala|Stara|Verkhnia|Nyzhnia) )?[A-Z][a-z'’]+"
    r"(?:-[A-Z][a-z'’]+)?s(?:ka|kyi|ke|ki)\b(?=(?:(?:,|,? and|,? &) [A-Z][\w'’-]+"
    r"(?: [A-Z][\w'’-]+)?)* (?:territorial )?(?:communit(?:y|ies)|hromadas?)\b)")


def adjective_community_spans(text: str, known: Callable[[str], bool]) -> list[Span]:
    """Hromadas named by their seat's adjective ("Bilopilska community"): the index knows
    the seat's name only, so they are kept as districts for it to find the seat."""
    if "ommunit" not in text and "romad" not in text:
        return []
    return [Span(m.start(), m.end(), key, ADMIN2, m.end())
            for m in _ADJECTIVE_COMMUNITIES_RE.finditer(text)
            if not known(key := fold(m.group(0)))]


def unknown_settlement_spans(text: str, known: Callable[[str], bool]) -> list[Span]:
    """Settlements the index lacks but the wording marks as places ("the village of
    Plauru", "Chervone, Zaporizhzhia region"): kept so that a stated region can stand
    in for them, with a note."""
    out: dict[int, Span] = {}
    for needles, pattern in _UNKNOWN_SETTLEMENT_RES:
        if not any(n in text for n in needles):
            continue
        for m in pattern.finditer(text):
            key = fold(m.group(1))
            if m.groupdict().get("at") and _OPENS_SENTENCE_RE.search(
                    text, max(0, m.start(1) - 8), m.start(1)):
                continue  # "Residents in the Kherson region said": no village at all
            if key and not known(key) and m.start(1) not in out and (
                    _PARTY_WORDS.isdisjoint(key.split())):
                # (not "the Kurdistan Democratic Party in the Kurdistan region": a party)
                out[m.start(1)] = Span(m.start(1), m.end(1), key, SETTLEMENT, m.end(1))
    return list(out.values())


_ABBREV_RE = re.compile(r"(?<=,)\s+((?:[A-Z][a-zé]{0,4}\.\s?){1,3})")


def abbreviation_spans(text: str, is_abbreviation: Callable[[str], bool]) -> list[Span]:
    """ "Paris, Tenn.", "Kelowna, B.C.": region abbreviations count only after a comma,
    where they name the parent of the place before them."""
    out = []
    for m in _ABBREV_RE.finditer(text):
        written = m.group(1).rstrip()
        key = fold(written)
        if is_abbreviation(key):
            start = m.start(1)
            out.append(Span(start, start + len(written), key, ADMIN1, start + len(written)))
    return out


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate mention before resolution."""

    start: int
    end: int
    key: str
    kinds: frozenset[str] | None = None
    name_end: int = 0  # end of the name itself when ``end`` also covers a kind word


def tokens(text: str) -> list[tuple[int, int]]:
    """Word spans, with a trailing possessive 's left out ("Ukraine's" -> "Ukraine")."""
    return [_word(text, *m.span()) for m in _TOKEN_RE.finditer(text)]


# A word that may be capitalised (the engine skips ahead to these letters; lower-case
# non-ASCII starts are weeded out with str.isupper), not inside a word such as "d'Ivoire".
_CAP_WORD_RE = re.compile(r"(?<!\w)(?<!\w['’ʼ])[^\W\d_a-z](?:\w|['’ʼ](?=\w))*")
# The next word of a name: one or two spaces, a hyphen or dash, or the dot of "U.S.".
_NEXT_WORD_RE = re.compile(r"(\.|[ \t]{1,2}|-|‐|‑|–(?=\S))([^\W\d_](?:\w|['’ʼ](?=\w))*)")


# "Aita al-Shaab", "Ras el-Ain": a name joined by an Arabic article to the word before it
# is the tail of a longer name; alone ("Shaab") it would be some other place.
_ARTICLES = r"(?:al|el|ash|as|ad|an|ar|at|az|ech|ed|es|et|ez|en|er|ul)-"
_ARTICLE_TAIL_RE = re.compile(rf"[A-Z][\w'’]+[ \t]+{_ARTICLES}$")
_ARTICLE_HEAD_RE = re.compile(rf"[ \t]+{_ARTICLES}[A-Z]")
# "at al-Asad air base": a name whose article is written in lower case
_LOWER_ARTICLE_RE = re.compile(rf"(?<![\w'’-]){_ARTICLES}$")


# A known name may end in lower case when it is a site's: "the Zaporizhzhia nuclear power
# plant", "the Belbek airfield" (only names in the index: "Kyiv's port" is no key).
_SITE_NOUNS = frozenset("plant station airport airfield airbase base port dam bridge refinery "
                        "terminal depot field garrison facility site reactor complex camp".split())


def _word(text: str, start: int, end: int) -> tuple[int, int]:
    """A word's span without a trailing possessive 's."""
    if end - start > 3 and text[end - 2: end] in _POSSESSIVE:
        end -= 2
    return start, end


def candidate_spans(
    text: str, has_key: Callable[[str], bool], has_prefix: Callable[[str], bool]
) -> list[Span]:
    """Longest capitalised runs of words whose folded form is a known name. Only the
    capitalised words are visited: most words of a text are not, and most capitalised
    words are neither a name nor the start of one (two cached look-ups each)."""
    out: list[Span] = []
    done = 0
    for cap in _CAP_WORD_RE.finditer(text):
        first = cap.start()
        if first < done or not text[first].isupper():
            continue
        if first > 3 and text[first - 1] == "-" and _ARTICLE_TAIL_RE.search(
                text, max(0, first - 40), first):
            continue
        word_start, word_end = _word(text, first, cap.end())
        article = _LOWER_ARTICLE_RE.search(text, max(0, first - 4), first) if (
            first > 2 and text[first - 1] == "-") else None
        bare = first  # ("attacked al-Tanf": the name without its article, if no longer one)
        if article:
            whole = fold(text[article.start(): word_end])
            if has_key(whole) or has_prefix(whole + " "):
                first = article.start()  # "al-Asad air base": the name starts at its article
        key = fold(text[first: word_end])
        best_start, best_end, nwords = (word_start, word_end, 1) if has_key(key) else (
            -1, -1, 0)
        words = 1
        while words < MAX_WORDS and has_prefix(key + " "):
            nxt = _NEXT_WORD_RE.match(text, word_end)
            if nxt is None or (nxt.group(1) == "." and word_end - word_start != 1):
                break
            word_start, word_end = _word(text, nxt.start(2), nxt.end(2))
            if word_end < nxt.end(2):  # "the Luhansk People's Republic": the possessive
                whole = fold(text[first: nxt.end(2)])  # is inside a name the index has
                if has_key(whole) or has_prefix(whole + " "):
                    word_end = nxt.end(2)
            words += 1
            key = fold(text[first: word_end])
            if has_key(key) and (text[word_start].isupper() or text[
                    word_start:word_end] in _SITE_NOUNS):
                best_start, best_end, nwords = word_start, word_end, words
        if nwords == 0 and bare != first and has_key(fold(text[bare:cap.end()])):
            first, best_start, best_end, nwords = bare, *_word(text, bare, cap.end()), 1
        if nwords == 0 or _ARTICLE_HEAD_RE.match(text, best_end):
            continue  # "Ras" of "Ras al-Ain": the head of a name the index lacks
        end = best_end
        if end < len(text) and text[end] == "." and end - best_start == 1 and nwords > 1:
            end += 1  # keep the final dot of "U.S."
        out.append(Span(first, end, fold(text[first:end]), name_end=end))
        done = best_end
    return out


def _named_before(window: str, end: int, is_demonym: Callable[[str], bool]) -> bool:
    m = _NAMED_BEFORE_RE.search(window, 0, end)
    # ("the southern Russian region of Belgorod": a country's adjective names no region)
    return bool(m) and m.group(1)[0].isupper() and m.group(1).lower() not in {
        "the", "a", "an"} and not is_demonym(fold(m.group(1)))


def add_kind_words(text: str, spans: list[Span],
                   is_demonym: Callable[[str], bool] = lambda _key: False) -> list[Span]:
    """Kinds from the words around each name; lists share a trailing plural kind word
    ("over the Moscow, Bryansk, Oryol and Kursk regions": four regions)."""
    out = list(spans)
    for idx, span in enumerate(out):
        after = _KIND_AFTER_RE.match(text, span.end)
        if after is None and span.kinds is None and text.startswith(" regional", span.end) and (
                _REGION_OFFICE_AFTER_RE.match(text, span.end)):
            out[idx] = replace(span, kinds=ADMIN1)
            continue
        if after is None and span.kinds is None and (
                unknown_last := _UNKNOWN_LAST_OF_LIST_RE.match(text, span.end)) and (
                idx + 1 == len(out) or out[idx + 1].start >= unknown_last.end()):
            # "the Gara and Hakurk regions of northern Iraq": the list's kind word, past a
            # last name the index lacks (only before "of": "Cooke, Grayson and Love
            # counties" are no list of areas of anything)
            out[idx] = replace(span, kinds=_KIND_WORDS[unknown_last["word"].lower()[:-1]])
            continue
        word = " ".join(after.group("word").lower().split()) if after else ""
        possessive = bool(after) and after.group("gap").startswith(("'", "’", "ʼ"))
        if after and word in {"village", "town", "city", "state"} and _OF_AFTER_RE.match(
                text, after.end()):
            after = None  # "the south Lebanon village of Aitaroun": the village is Aitaroun
        if after and (not possessive or word in {"airspace", "air space"}):
            singular = re.sub(r"(ies)$", "y", word)
            singular = re.sub(r"s$", "", singular) if singular != word or word.endswith(
                "s") else word
            kinds = _KIND_WORDS.get(singular) or _KIND_WORDS.get(word)
            if kinds is None:
                continue
            out[idx] = replace(span, kinds=kinds, end=after.end())
            # A plural kind word is shared by the list before it; a singular one only
            # across "and" ("the Kursk and Bryansk region"), never across a lone comma
            # ("Velykyi Burluk, Kupiansk raion": a town and its district), and not
            # past an article of its own ("Nikopol and the Marhanets community").
            gap = text[out[idx - 1].end: out[idx].start] if idx else ""
            k = idx if singular != word or (
                re.search(r"\b(?:and|or)\b", gap) and not re.search(r"\bthe\s*$", gap)) else 0
            while k > 0 and _LIST_GAP_RE.match(text[out[k - 1].end: out[k].start]):
                if out[k - 1].kinds is None:
                    out[k - 1] = replace(out[k - 1], kinds=kinds)
                k -= 1
            continue
        window = text[max(0, span.start - 40): span.start]
        before = _KIND_BEFORE_RE.search(window)
        if before and span.kinds is None and not _named_before(
                window, before.start(), is_demonym):
            word = " ".join(before.group("word").lower().split())
            singular = re.sub(r"ies$", "y", word) if word.endswith("ies") else word.rstrip("s")
            kinds = _KIND_WORDS.get(singular) or _KIND_WORDS.get(word)
            if singular == "district" and _PART_OF_CITY_RE.search(window, 0, before.start()):
                kinds = SETTLEMENT  # "a residential district of Kharkiv": part of the city
            out[idx] = replace(span, kinds=kinds)
            if word.endswith("s"):  # "the regions of Bryansk, Oryol and Kursk"
                k = idx
                while k + 1 < len(out) and _LIST_GAP_RE.match(
                        text[out[k].end: out[k + 1].start]):
                    if out[k + 1].kinds is None:
                        out[k + 1] = replace(out[k + 1], kinds=kinds)
                    k += 1
    # A name written with its kind word ("Kharkiv Oblast") carries the kind itself.
    return [
        replace(s, kinds=strip_kind_words(s.key)[1]) if s.kinds is None
        and strip_kind_words(s.key)[1] else s
        for s in out
    ]


# (", killing ..." and "London, Kentucky, and medical director" end the clause; ", and
# Velyka Pysarivka" goes on with a list of names)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;:!?)]|$|,\s+(?!(?:and|or)\s+(?:the\s+)?[A-Z])[a-z\d])")


def _hierarchy_end(text: str, spans: list[Span], i: int, j: int) -> bool:
    """ "near Pokrovsk, Donetsk." / "in Rafah, Gaza Strip, killing...": a comma pair that
    ends the clause, with no list before it, is a place and its parent (as conflict
    databases write them); "Kharkiv, Dnipro and Odesa" goes on, so it is a list."""
    if text[spans[i].end: spans[j].start].strip() != ",":
        return False
    if i > 0 and _LIST_GAP_RE.match(text[spans[i - 1].end: spans[i].start]):
        return False
    return bool(_CLAUSE_END_RE.match(text, spans[j].end))


def parent_links(text: str, spans: list[Span]) -> dict[int, list[int]]:
    """Index of a span -> indexes of spans the text names as its parents."""
    links: dict[int, list[int]] = {}
    for i in range(len(spans) - 1):
        parents: list[int] = []
        j, cursor = i + 1, spans[i].end
        while j < len(spans) and len(parents) < 2:
            gap = text[cursor: spans[j].start]
            if len(gap) > 60 or not (
                _PARENT_GAP_RE.match(gap) or (parents and re.match(r"^['’ʼ]s\s+", gap)) or (
                    spans[j].kinds in (ADMIN1, ADMIN2) and _SITE_IN_GAP_RE.match(gap)) or (
                    spans[i].kinds in (ADMIN1, ADMIN2) and UNKNOWN_LISTED_OF_RE.match(gap))
            ):
                break
            if gap.split()[:1] == ["of"] and spans[i].kinds not in (ADMIN1, ADMIN2):
                break  # only a district or region is "of" its parent ("the Zap region of
                # northern Iraq")
            if _LIST_GAP_RE.match(gap) and not parents and spans[j].kinds == spans[i].kinds \
                    and not _hierarchy_end(text, spans, i, j):
                break  # "Kharkiv, Dnipro and Odesa": a list, not parents
            parents.append(j)
            cursor = spans[j].end
            j += 1
        if parents:
            links[i] = parents
    # "Ukraine's Zaporizhzhia region", "Kharkiv oblast's Kupiansk district"
    for i in range(1, len(spans)):
        if re.match(r"^['’ʼ]s\s+(?:(?!said\b|says\b|told\b|reported\b|added\b|wrote\b)"
                    r"[a-z-]+\s+){0,2}$", text[spans[i - 1].end: spans[i].start]) and (
                spans[i - 1].key != spans[i].key):  # (not "Kyiv's mayor said Kyiv ...")
            links.setdefault(i, []).append(i - 1)
        elif spans[i - 1].kinds in (ADMIN1, ADMIN2) and _REGION_VILLAGE_OF_RE.match(
                text[spans[i - 1].end: spans[i].start]):
            # "the Belgorod region village of Dubovoye": a village in that region
            links.setdefault(i, []).append(i - 1)
    return links


_REGION_VILLAGE_OF_RE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:village|town|city|settlement|"
                                   r"hamlet)\s+of\s+(?:the\s+)?$")


_COMPOUND_LEFT_RE = re.compile(r"(?:[A-Z][\w'’]*-)+$")
_COMPOUND_RIGHT_RE = re.compile(r"(?:-[A-Z][\w'’]*)*")
_COMPOUND_BEFORE_RE = re.compile(r"(?:^|[^\w-])([A-Z][\w'’]*(?:-[A-Z][\w'’]*)+) $")


def _split_compound(start: int, end: int, spans_starts: set[int]) -> bool:
    """Whether a hyphenated name is no single place: the index holds its parts, not it."""
    return start not in spans_starts or any(i in spans_starts for i in range(start + 1, end))


def _given_names(text: str, span: Span, spans_starts: set[int],
                 region_name: Callable[[str], bool]) -> bool | None:
    """ "Jean-Pierre Martin said": a hyphenated given name ("Jean-Pierre", "Anne-Marie")
    before a surname is a person, so neither its parts nor the surname are places (but
    "Ivano-Frankivsk Oblast" is one place, and "Bosnia-Herzegovina" names countries).
    None when no such name is near."""
    left = _COMPOUND_LEFT_RE.search(text, max(0, span.start - 30), span.start)
    right = _COMPOUND_RIGHT_RE.match(text, span.end)
    c_start = left.start() if left else span.start
    c_end = right.end() if right else span.end
    if c_end - c_start > span.end - span.start:  # the span is part of the compound
        parts = text[c_start:c_end].split("-")
        after = _NEXT_NAME_RE.match(text, c_end, c_end + 40)
        if after and _surname(text, after.group(1), after.end()) and _split_compound(
                c_start, c_end, spans_starts) and not any(
                region_name(fold(p)) for p in parts):
            return True
        return None
    prev = _COMPOUND_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
    if prev and _split_compound(prev.start(1), prev.end(1), spans_starts) and not any(
            region_name(fold(p)) for p in prev.group(1).split("-")) and _surname(
            text, text[span.start:span.end], span.end):
        return not region_name(span.key)  # the surname after "Jean-Pierre"
    return None


# Words after a hyphenated place that make it an institution's or a road's name
_INSTITUTIONS = frozenset("""schools school university college hospital church lutheran
    catholic high fire police road trail way highway club team united party airlines
    international east west north south""".split())


def _surname(text: str, word: str, end: int) -> bool:
    """A capitalised word that ends a person's name: not an acronym, a kind word or the
    first of more names ("Miami-Dade Schools police", "Middlesex-London EMS",
    "Montreal-Pierre Elliott Trudeau International Airport" are no people)."""
    key = _POSSESSIVE_END_RE.sub("", word.lower())
    if not is_capitalised(word) or word.isupper() or key in _PLACE_NEIGHBOURS or (
            key in _INSTITUTIONS):
        return False
    following = _NEXT_NAME_RE.match(text, end, end + 40)
    return following is None or not is_capitalised(following.group(1))


_FEATURE_GENERICS = frozenset("bay lake river island gulf sea strait valley cape mountain "
                              "hill hills mountains harbour harbor lagoon spit".split())
_QUALIFYING_PREV = frozenset(
    """northern southern eastern western central north south east west greater upper lower
    occupied annexed liberated neighbouring neighboring northeastern northwestern
    southeastern southwestern""".split()
)


# Capitalised only because they open a sentence: no evidence of a person's name.
_SENTENCE_OPENERS = frozenset(
    """in on at from to the a an after before near outside across over under when while as
    and but then since during with without for of by in if so yet also meanwhile later
    earlier overnight today yesterday residents officials police troops""".split()
)


_LAST_WORD_RE = re.compile(r"(\w+)\.?\s+$")
_NEXT_NAME_RE = re.compile(r" ([^\W\d_][\w'’-]*)")
_POSSESSIVE_END_RE = re.compile(r"['’]s?$")
_PREV_NAME_RE = re.compile(r"(?:^|[^\w])([^\W\d_][\w'’-]*) $")


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline in title case ("Two Killed As Russia
    Shells Vovchansk"), where a capitalised word before a name is no given name."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = text[start: end if end >= 0 else len(text)].split()[:40]
    long = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


_INITIAL_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s*){1,2}$")


def is_person_or_title(
    text: str, span: Span, spans_starts: set[int], adjectives: frozenset[str] = frozenset(),
    region_name: Callable[[str], bool] = lambda key: False,
    spans_ends: frozenset[int] = frozenset(),
    surnames: set[str] | None = None,
) -> bool:
    """Names inside people's names and titles: "Vladimir Putin", "governor Gladkov".
    A country or region name before a capitalised word is an organisation's name
    ("Texas Fire Service", "Ohio Senate"), still a place, so ``region_name(key)`` skips
    the neighbour rules (asked last: it is the costly test). A surname found after a
    given name is added to ``surnames``, so the person named alone later is no place."""
    before = text[max(0, span.start - 30): span.start]
    m = _LAST_WORD_RE.search(before)
    if m and m.group(1).lower() in _TITLES:
        return True
    if m and m.group(1)[:1].isupper() and m.group(1).lower() not in _PLACE_NEIGHBOURS:
        # "Governor Mary Fallin": the surname after a title's first name
        title = _LAST_WORD_RE.search(before, 0, m.start())
        if title and title.group(1).lower() in _TITLES:
            if surnames is not None and not _title_case_line(text, span.start):
                surnames.add(span.key)  # ("Governor Mary Fallin ... Fallin said")
            return True
    if before.endswith(". ") and _INITIAL_BEFORE_RE.search(before):
        return True  # "Master Sgt Johnathan J. Dunbar": a surname after a middle initial
    if " " in span.key:
        return False
    if "-" in text[max(0, span.start - 1): span.end + 1] or "-" in before[-12:]:
        given = _given_names(text, span, spans_starts, region_name)
        if given is not None:
            return given
    after = _NEXT_NAME_RE.match(text, span.end, span.end + 40)
    if after and is_capitalised(after.group(1)) and span.end + 1 not in spans_starts:
        word = _POSSESSIVE_END_RE.sub("", after.group(1).lower())
        if word in _PARTY_WORDS:  # "the Kurdistan Workers' Party": a party, not a place
            return True
        if word not in _PLACE_NEIGHBOURS and not (
                word in _DATE_WORDS and _TAKES_A_PLACE_RE.search(before)):
            return not region_name(span.key)
    prev = _PREV_NAME_RE.search(before)
    if prev and is_capitalised(prev.group(1)):
        head = before[: len(before) - len(prev.group(1)) - 1].rstrip()
        word = prev.group(1).lower()
        opener = (not head or head[-1] in ".!?\n\"“:;—") and word in _SENTENCE_OPENERS
        # ("Russian-occupied Horlivka", "Houthi-controlled Hodeidah": a compound adjective
        # with a lower-case tail, no first name; "Jean-Pierre" keeps its capital)
        compound = "-" in word and prev.group(1).rsplit("-", 1)[1][:1].islower()
        if not opener and not compound and word not in _QUALIFYING_PREV and (
                word not in adjectives) and (
            span.start - len(prev.group(1)) - 1 not in spans_starts
        ) and not (word[-2:] in {"'s", "’s"} and span.start - 3 in spans_ends):
            # ("Kachin State's Hpakant": a place in the region named before, no person)
            # ("Donuzlav Bay": the generic of a feature the index lacks, not Bay in Somalia
            # or the Philippines)
            person = span.key in _FEATURE_GENERICS or not region_name(span.key)
            if person and surnames is not None and span.key not in _FEATURE_GENERICS and (
                    not word.endswith(("'s", "’s"))) and not _title_case_line(text, span.start):
                surnames.add(span.key)  # "Andy Trapani ... Trapani is a producer"
            return person
    return False
