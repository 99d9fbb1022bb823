"""The platform's vocabulary, defined once: sectors, 5S levels and the code formats of the interchange contract.

Plain data without imports, so that every layer may use it, the pure matcher and scheduler included.
"""

# The eight groups of Hanoi's key industrial products programme, in the contract's order.
SECTORS = (
    "mechanical", "electrical-electronics", "it", "textile-garment-footwear", "food-processing",
    "chemicals-rubber-plastics-pharma", "construction-materials", "handicrafts",
)
# The 5S workplace programme, in increasing order ("training": enrolled in a 5S/5S3D training programme).
FIVE_S_LEVELS = ("none", "training", "implemented", "certified")

# Enterprise code (mã số doanh nghiệp / mã số thuế): 10 digits, or 10 digits + "-" + 3 digits for a branch.
EXTERNAL_ID_PATTERN = r"^\d{10}(-\d{3})?$"
# ISO 3166-1 alpha-2 countries and ISO 639-1 languages; written in either case, stored upper and lower case.
COUNTRY_CODE_PATTERN = r"^[A-Za-z]{2}$"
LANGUAGE_CODE_PATTERN = r"^[A-Za-z]{2}$"


def five_s_rank(level):
    """0..3 for none/training/implemented/certified; a missing or unknown level counts as none."""
    return FIVE_S_LEVELS.index(level) if level in FIVE_S_LEVELS else 0
