"""Province spellings collapse to one name, so filters and boosts do not split one province in two."""
import pytest

from matchmaker.suppliers.provinces import canonical_province
from matchmaker.suppliers.validation import validate_supplier


@pytest.mark.parametrize("written", ["Hà Nội", "Ha Noi", "ha noi", "TP. Hà Nội", "Thành phố Hà Nội", "Hanoi"])
def test_ways_of_writing_hanoi_are_one_province(written):
    assert canonical_province(written) == "Hà Nội"


def test_unknown_names_are_kept_as_written():
    assert canonical_province("  Vientiane ") == "Vientiane"
    assert canonical_province(None) is None


def test_imported_records_use_the_canonical_spelling():
    clean = validate_supplier({"external_id": "0101234567", "name": "A", "province": "bac ninh"})
    assert clean["province"] == "Bắc Ninh"
