"""Who may see each section of a supplier profile: plain rules, no Flask or database.

Levels, from most to least open: "anonymous" (everyone), "buyers" (logged-in buyers), "staff" (DoIT staff).
The owner always sees everything. A section's effective level is the strictest of the supplier's choice,
the minimum staff set for that supplier, and the platform's fixed floor (contact details never go to
anonymous visitors).
"""
from functools import lru_cache

LEVELS = ("anonymous", "buyers", "staff")
SECTIONS = ("company", "capabilities", "materials", "certifications", "programmes", "location", "contacts",
            "markets")
DEFAULTS = {section: "anonymous" for section in SECTIONS} | {"contacts": "buyers"}
FLOOR = {"contacts": "buyers"}


class VisibilityError(ValueError):
    """A visibility choice is unknown or more open than allowed."""


def rank(level):
    """Position of a level in LEVELS (0 = open to everyone); unknown levels count as the strictest."""
    return LEVELS.index(level) if level in LEVELS else len(LEVELS) - 1


def strictest(*levels):
    """The most restrictive of the given levels (None entries are ignored)."""
    present = [level for level in levels if level]
    return max(present, key=rank) if present else "anonymous"


def minimum_for(section, minimum=None):
    """The most open level the supplier may choose for a section, given staff's minimum."""
    return strictest(FLOOR.get(section), (minimum or {}).get(section))


def allowed_levels(section, minimum=None):
    """Levels the supplier may choose for a section."""
    low = rank(minimum_for(section, minimum))
    return [level for level in LEVELS if rank(level) >= low]


def effective_levels(choices=None, minimum=None):
    """The level each section is actually shown at: the choice, raised to the minimum where needed."""
    # Asked for every row of a 50-supplier matches page, and most suppliers keep the same few settings.
    try:
        return dict(_effective(_frozen(choices), _frozen(minimum)))
    except TypeError:  # an unhashable value in hand-edited data: work it out uncached
        return dict(_effective.__wrapped__(_frozen(choices), _frozen(minimum)))


def _frozen(levels):
    return tuple(sorted((levels or {}).items(), key=lambda item: str(item[0])))


@lru_cache(maxsize=1024)
def _effective(choices, minimum):
    choices, minimum = dict(choices), dict(minimum)
    return tuple((section, strictest(choices.get(section) or DEFAULTS[section], minimum_for(section, minimum)))
                 for section in SECTIONS)


def clean_choices(choices, minimum=None):
    """Validate the supplier's choices ({section: level}); raise VisibilityError naming the first problem."""
    clean = {}
    for section in SECTIONS:
        level = choices.get(section) or DEFAULTS[section]
        if level not in LEVELS:
            raise VisibilityError(f"{section}: unknown level {level!r}")
        if level not in allowed_levels(section, minimum):
            raise VisibilityError(f"{section}: may not be more open than {minimum_for(section, minimum)}")
        clean[section] = level
    return clean


def clean_minimum(minimum):
    """Validate staff's minimum levels; sections left at 'anonymous' are dropped."""
    clean = {}
    for section, level in (minimum or {}).items():
        if section not in SECTIONS or level not in LEVELS:
            raise VisibilityError(f"{section}: unknown section or level {level!r}")
        if level != "anonymous":
            clean[section] = level
    return clean


def visible_to(viewer_level, section_level):
    """True when a viewer whose widest view is `viewer_level` may see a section shown at `section_level`."""
    return rank(viewer_level) >= rank(section_level)
