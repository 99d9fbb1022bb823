"""Text normalisation shared by matching and search: NFC, case folding, Vietnamese diacritic folding."""
import re
import unicodedata

_TOKEN = re.compile(r"[a-z0-9]+(?:[.\-/][a-z0-9]+)*")
# đ has no combining-mark decomposition, so NFD alone would leave it in place.
_SPECIAL = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ı": "i", "ø": "o", "ß": "ss"})


def nfc(text):
    """Return the text in Unicode NFC form."""
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    """Lower-case the text and strip Vietnamese (and other Latin) diacritics: 'Gia Công Cơ Khí' -> 'gia cong co khi'."""
    decomposed = unicodedata.normalize("NFD", nfc(text).translate(_SPECIAL).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_SPECIAL)


def tokens(text):
    """Split folded text into word tokens, keeping codes such as 'a6061', 'sus304' or '9001:2015' parts intact."""
    return _TOKEN.findall(fold(text).replace(":", " "))
