"""Certification names: one canonical key for the many ways people write the same standard."""
import re

from .text import fold

_STANDARD = re.compile(r"^(iso|iatf|ohsas|as|sa)\s*[-/]?\s*(\d{3,5})(?:\s*[:\-/]\s*(\d{4}))?\b")
_ALIASES = {
    "haccp": "HACCP",
    "gmp": "GMP",
    "ce": "CE",
    "rohs": "RoHS",
    "reach": "REACH",
    "ul": "UL",
    "jis": "JIS",
    "vietgap": "VietGAP",
    "globalgap": "GlobalG.A.P.",
    "fsc": "FSC",
    "oeko-tex": "OEKO-TEX",
    "bsci": "BSCI",
    "wrap": "WRAP",
    "brc": "BRCGS",
    "brcgs": "BRCGS",
    "fssc 22000": "FSSC 22000",
    "halal": "Halal",
    "kosher": "Kosher",
    "sedex": "SEDEX",
    "smeta": "SMETA",
}


def normalise_certification(name):
    """Return the canonical name of a certification: 'iso9001:2015', 'ISO 9001' -> 'ISO 9001'."""
    folded = re.sub(r"\s+", " ", fold(name)).strip()
    found = _STANDARD.match(folded)
    if found:
        return f"{found.group(1).upper()} {found.group(2)}"
    compact = folded.replace("-", "").replace(" ", "")
    for alias, canonical in _ALIASES.items():
        if folded == alias or compact == alias.replace("-", "").replace(" ", ""):
            return canonical
    return re.sub(r"\s+", " ", (name or "").strip())
