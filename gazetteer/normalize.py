"""Name keys: how one place name, written a dozen ways, becomes one lookup key.

Two keys per name:
- ``fold``: case, diacritics, apostrophes, hyphens and Latin/Cyrillic script folded away.
  "Kharkiv", "KHARKIV", "Харків" and "Khar'kiv" share it.
- ``loose``: also folds the letters that transliteration systems disagree on
  (Khmelnytskyi / Khmelnitsky / Khmelnytskyy; Zaporizhzhia / Zaporizhzhya). A loose
  match is weaker evidence than a folded one and is scored lower.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Apostrophe-like marks dropped outright: "L'viv" == "Lviv", "Kyivʼs" handled by the caller.
_APOSTROPHES = "'’‘ʼʻ`´′ʹ"
_APOS_RE = re.compile(f"[{_APOSTROPHES}]")
_SEP_RE = re.compile(r"[\s\-‐‑‒–—―_/.,]+")
_INITIALS_RE = re.compile(r"(?<=\b\w)\.(?=\w)|(?<=\b\w\.\w)\.$")
_DROP_RE = re.compile(r"[^0-9a-z\u0080-\uffff ]+")

# Scripts below this code point (Latin, Greek, Cyrillic, Armenian) are transliterated;
# others (CJK, Arabic, Hebrew...) are kept as written, because their romanisations
# collide with unrelated short Latin names.
_TRANSLIT_LIMIT = 0x0530
# Latin Extended Additional: the dotted and hooked letters of Arabic romanisations in
# GeoNames ("Ḩimş", "Al Ḩudaydah") and of Vietnamese; Latin too, so transliterated.
_LATIN_EXTRA = (0x1E00, 0x1EFF)


# Ukraine's official romanisation (2010), which wire services follow: unidecode's
# Russian-style reading turns "Київ" into "Kiyiv"; this gives "Kyiv".
_UK_LETTERS = "іїєґІЇЄҐ"
_UK_TABLE = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "ю": "iu", "я": "ia",
})
_UK_INITIAL_RE = re.compile(r"(?<![^\W\d_])([єїйюя])")
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def _ukrainian(text: str) -> str:
    text = text.lower()
    text = _UK_INITIAL_RE.sub(lambda m: _UK_INITIAL[m.group(1)], text)
    return text.translate(_UK_TABLE)


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Exact lookup key: lower case, no accents, apostrophes or hyphens, Latin script."""
    if name.isascii() and name.replace(" ", "").isalpha():
        return " ".join(name.lower().split())  # plain words, most of a text: the same key
    text = unicodedata.normalize("NFKC", name)
    text = _APOS_RE.sub("", text)
    text = _INITIALS_RE.sub("", text)  # "U.S." -> "US", "W.Va." -> "WVa"
    if any(ch in _UK_LETTERS for ch in text):
        text = _ukrainian(text)
    if all(ord(ch) < _TRANSLIT_LIMIT or _LATIN_EXTRA[0] <= ord(ch) <= _LATIN_EXTRA[1]
           for ch in text):
        text = unidecode(text)
        text = _APOS_RE.sub("", text)  # unidecode writes Ukrainian soft signs as "'"
    text = text.casefold()
    text = _SEP_RE.sub(" ", text)
    text = _DROP_RE.sub("", text)
    return " ".join(text.split())


# Ordered rewrites applied to a folded key; each folds one disagreement between
# transliteration systems (BGN/PCGN, Ukrainian national 2010, scholarly, French/German).
_LOOSE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"(iy|yy|yi|ij|yj|ii|ei|ey)\b", "i"),  # Khmelnytskyi/-skyy/-sky/-skij
        (r"sch|shch", "sh"),  # Shchastia
        (r"tch|tsch|ch", "ch"),
        (r"kh|ch(?=[aeiou])", "h"),  # Kharkov/Charkow/Harkiv
        (r"zh|j(?=[aeiou])", "z"),  # Zhytomyr/Jitomir
        (r"ts|tz|c(?=[aeiouy])", "c"),
        (r"w", "v"),  # Charkow
        (r"y", "i"),  # Zaporizhzhya/-zhia, Mykolayiv/Mykolaiv
        (r"j", "i"),
        (r"ie|ye|je", "e"),
        (r"(.)\1+", r"\1"),  # doubled letters
        (r"[aeiou]+\b", ""),  # final vowels: Odesa/Odessa vs Odesa, Khmelnytska/-e
        (r" ", ""),
    )
)


@lru_cache(maxsize=200_000)
def loose(key: str) -> str:
    """Looser key from a folded key: merges transliteration variants."""
    if not key or not key.isascii():
        return key
    out = key
    for pattern, repl in _LOOSE_RULES:
        out = pattern.sub(repl, out)
    return out if len(out) >= 3 else key


def is_capitalised(token: str) -> bool:
    """True when a token starts with an upper-case letter (Latin, Cyrillic...)."""
    return bool(token) and token[0].isupper()


# Countries whose place names GeoNames romanises from another script (Arabic, Hebrew,
# Persian, Cyrillic, Georgian, Armenian, Greek, Indic, East Asian). Their primary names
# carry the marks of scholarly romanisation ("Khān Yūnis", "Yegor’yevsk") that English
# copy never writes. Latin-script countries keep their own spelling ("Łódź", "Chișinău").
ROMANISED_COUNTRIES = frozenset(
    "AE AF AM BD BG BH BT BY CN CY DJ DZ EG EH ER ET GE GR IL IN IQ IR JO JP KG KH KM KP "
    "KR KW KZ LA LB LK LY MA MK MM MN MO MR NP OM PK PS QA RU SA SD SY TH TJ TN TW UA YE"
    .split())


_YO_RE = re.compile("[yY]?[ëË]")  # "Tëtkino", "Yëlkino" -> "Tyotkino", "Yolkino"


def plain_romanisation(name: str, country: str | None) -> str:
    """A romanised name as English copy writes it: "Khān Yūnis" -> "Khan Yunis",
    "‘Afrīn" -> "Afrin", "Sana'a" -> "Sanaa". Readers of a map know these forms; the
    marks belong to transliteration tables. Other names are returned unchanged."""
    if country not in ROMANISED_COUNTRIES or (name.isascii() and not _APOS_RE.search(name)):
        return name
    if any(ch.isalpha() and not (ord(ch) < 0x0250 or _LATIN_EXTRA[0] <= ord(ch) <= _LATIN_EXTRA[1])
           for ch in name):
        return name  # written in its own script: not a romanisation
    text = _APOS_RE.sub("", unicodedata.normalize("NFKC", name))
    text = _YO_RE.sub(lambda m: "Yo" if m.group().istitle() else "yo", text)  # Russian ё
    text = _APOS_RE.sub("", unidecode(text))
    return " ".join(text.split()) or name


WORD_SPLIT_RE = re.compile(r"([\s-]+)")  # words and what parts them, kept
_UK_ALPHABET = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя")


def ukrainian_romanisation(written: str) -> str | None:
    """A Ukrainian name in Ukraine's national romanisation, which wire copy follows
    ("Запоріжжя" -> "Zaporizhzhia", "Кам’янське" -> "Kamianske"), or None when the name
    holds a letter Ukrainian does not write (Russian ы, Belarusian ў, Serbian ј)."""
    letters = {ch for ch in written.lower() if ch.isalpha()}
    if not letters or letters - _UK_ALPHABET:
        return None
    words = WORD_SPLIT_RE.split(_APOS_RE.sub("", written))
    return "".join(_ukrainian(w).capitalize() if w[:1].isupper() else _ukrainian(w)
                   for w in words)

