"""Spreadsheet safety: cells that a spreadsheet program would run as formulas are escaped on export."""

# Spreadsheet programs run a cell that starts with these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    """Prefix text that a spreadsheet would run as a formula with an apostrophe (reversed by unescape_formula)."""
    if not isinstance(value, str) or _is_number(value):
        return value
    if value.startswith(FORMULA_START) or (value.startswith("'") and value[1:2] in FORMULA_START + ("'",)):
        return "'" + value
    return value


def unescape_formula(value):
    """Undo escape_formula, so that export then import gives back the same text."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1:2] in FORMULA_START + ("'",):
        return value[1:]
    return value


def _is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False
