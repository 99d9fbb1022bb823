"""Province names: one spelling per province, whatever diacritics or prefixes a writer used."""
import re

from ..matching.text import fold

# Vietnam's provinces and centrally-run cities, before and after the 2025 mergers, so that old records still match.
PROVINCES = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu",
    "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau",
    "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
    "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái",
)
_PREFIX = re.compile(r"^(thanh pho|tp\.?|tinh)\s+")
_ALIASES = {"hanoi": "Hà Nội", "ha noi city": "Hà Nội", "hcmc": "Hồ Chí Minh", "ho chi minh city": "Hồ Chí Minh",
            "saigon": "Hồ Chí Minh", "sai gon": "Hồ Chí Minh", "haiphong": "Hải Phòng", "danang": "Đà Nẵng"}


def _key(name):
    folded = re.sub(r"[\s\-]+", " ", fold(name)).strip()
    return _PREFIX.sub("", folded)


_CANONICAL = {_key(name): name for name in PROVINCES} | _ALIASES


def canonical_province(name):
    """'Ha Noi', 'TP. Hà Nội', 'hanoi' -> 'Hà Nội'; a name we do not know is kept as written."""
    if not name:
        return name
    return _CANONICAL.get(_key(name), name.strip())
