"""Word analysis for matching: folded, lightly stemmed tokens that keep their diacritic signature and position."""
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .text import fold, nfc

# Letter runs and digit runs separately, so "SUS304", "SUS 304" and "sus-304" all give "sus" + "304".
_WORD = re.compile(r"[^\W\d_]+|\d+")
_BRITISH = {"mould": "mold", "aluminium": "aluminum", "colour": "color", "fibre": "fiber", "centre": "center",
            "metre": "meter", "tyre": "tire", "grey": "gray", "jewellery": "jewelry", "litre": "liter"}
_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$")
_DOUBLE = ("tt", "pp", "mm", "nn", "gg", "dd", "rr", "bb")

# Unigrams that say nothing about what a supplier makes; bigrams containing them are still kept
# because Vietnamese meaning lives in syllable pairs ("gia cong", "co khi").
_STOP = """a an and are as at be by for from has have in into is it its of on or our the their this to we with
our us you your will can per all any other etc also such than more most very well high good new best quality
supplier suppliers supply looking look local company companies vietnam vietnamese need needs require requirement
required requirements pcs pc piece pieces month monthly year years unit units order orders customer customers
buyer buyers product products part parts item items service services ltd co jsc inc corp limited type
cac va cho cua voi la duoc nhung mot nay tai theo tren trong cong ty tnhh phan chung toi chuyen cung cap
khach hang nganh nhieu loai nhu de ve tu den co the da khong san xuat viet nam ha noi doanh nghiep kinh doanh
dich vu san pham chat luong cao uy tin dap ung yeu cau gia re tot nhat moi cac""".split()


class Word(NamedTuple):
    norm: str   # folded + stemmed: what matching compares
    sig: str    # the diacritics the writer used ("" when written without any)
    start: int  # character span in the NFC text, for quoting the writer's own words in reasons
    end: int


def signature(token):
    """Return the diacritic marks of a token, order-free so 'hoá' and 'hóa' (two spelling conventions) agree."""
    marks = sorted(ch for ch in unicodedata.normalize("NFD", token.lower()) if unicodedata.combining(ch))
    return "".join(marks) + ("đ" * token.lower().count("đ"))


def stem(word):
    """Reduce an English word to a crude stem ('turned', 'turning' -> 'turn'); Vietnamese syllables pass unchanged."""
    # Vietnamese syllables never end in s, ed or ing, so these rules cannot damage folded Vietnamese.
    if not word.isalpha() or len(word) < 4:
        return word
    for british, american in _BRITISH.items():
        if word.startswith(british):
            word = american + word[len(british):]
            break
    word = _ISE.sub(lambda found: "iz" + found.group(1), word)
    # Each cut must leave four letters: three-letter stems collide with folded Vietnamese syllables
    # ("hats" -> "hat" = hạt, "lapping" -> "lap" = lập).
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if word.endswith(_DOUBLE) and len(word) > 4:
                word = word[:-1]
            break
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


@lru_cache(maxsize=200_000)
def _analyse(token):
    # Trade text repeats the same few thousand words endlessly; folding and stemming each once is enough.
    return stem(fold(token)), signature(token)


def words(text):
    """Split text into Words: folded, stemmed, with the writer's diacritic signature and character span."""
    # tuple.__new__ skips the namedtuple's Python-level constructor: this runs once per word of every profile.
    new = tuple.__new__
    return [new(Word, _analyse(found.group()) + found.span()) for found in _WORD.finditer(nfc(text))]


STOPWORDS = frozenset(stem(word) for word in _STOP)


def is_stopword(norm):
    """True for tokens too common or too short to say anything about a supplier's capability."""
    return norm in STOPWORDS or (len(norm) < 2 and not norm.isdigit())
