"""Shared vocabulary of the demo generator: product lines, contract codes, text helpers and description sentences."""
import unicodedata

from .data.industrial import ELECTRICAL, MECHANICAL
from .data.other_sectors import CHEMICALS, CONSTRUCTION, FOOD, HANDICRAFTS, IT, TEXTILE

SECTORS = ("mechanical", "electrical-electronics", "it", "textile-garment-footwear", "food-processing",
           "chemicals-rubber-plastics-pharma", "construction-materials", "handicrafts")
FIVE_S = ("none", "training", "implemented", "certified")

PRODUCT_LINES = MECHANICAL + ELECTRICAL + IT + TEXTILE + FOOD + CHEMICALS + CONSTRUCTION + HANDICRAFTS
LINES_BY_KEY = {line["key"]: line for line in PRODUCT_LINES}

# Weights of the enterprise-code check digit (mã số doanh nghiệp): N10 = 10 - (sum of N1..N9 x weight) mod 11.
_CHECK_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_SPECIAL = str.maketrans({"đ": "d", "Đ": "D"})


def strip_diacritics(text):
    """Remove Vietnamese diacritics but keep letter case: 'Gia công Cơ khí Đông Anh' -> 'Gia cong Co khi Dong Anh'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_SPECIAL))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def ascii_slug(text):
    """Lower-case ASCII letters and digits only, as firms spell their domain names: 'Minh Phát' -> 'minhphat'."""
    return "".join(ch for ch in strip_diacritics(text).lower() if ch.isascii() and ch.isalnum())


def check_digit(nine_digits):
    """Return the check digit of a nine-digit enterprise-code body, or None when no valid code has that body."""
    remainder = sum(int(digit) * weight for digit, weight in zip(nine_digits, _CHECK_WEIGHTS, strict=True)) % 11
    return None if remainder == 0 else 10 - remainder


def hanoi_code_block(founded):
    """Hanoi issued codes roughly in sequence: 0100… for firms of the 1990s, 0110… for firms registered in 2022."""
    return f"{max(0, min(10, (founded - 1997) * 10 // 25)):02d}"


# Description sentences. Fields: cap1, cap2, prod1, prod2, ind, area, loc, n, equip, nations, founded, employees,
# cert, kip, cap_en1, prod_en1, prod_en2, ind_en, equip_en, markets, capacity.
VI_OPENING = [
    "Chuyên {cap1} và {cap2} các loại {prod1}, {prod2} cho ngành {ind}.",
    "Công ty chuyên sản xuất {prod1}, {prod2}; thế mạnh là {cap1}, {cap2}.",
    "Nhận {cap1}, {cap2} theo bản vẽ và mẫu của khách hàng: {prod1}, {prod2}.",
    "Doanh nghiệp công nghiệp hỗ trợ chuyên {cap1}, cung cấp {prod1} cho ngành {ind}.",
]
VI_EQUIPMENT = [
    "Nhà xưởng rộng {area} m² tại {loc} với {n} {equip}.",
    "Hệ thống thiết bị gồm {n} {equip}, nhà xưởng {area} m².",
]
VI_FACTS = [
    "Khách hàng chính là các doanh nghiệp FDI {nations} tại Hà Nội và các tỉnh lân cận.",
    "Công ty thành lập năm {founded}, hiện có {employees} cán bộ công nhân viên.",
    "Sản phẩm được kiểm soát chất lượng 100% trước khi giao hàng, đáp ứng yêu cầu khắt khe của khách hàng Nhật Bản.",
    "Giao hàng đúng hạn, giá cả cạnh tranh, sẵn sàng làm mẫu thử miễn phí.",
]
VI_CERT = "Hệ thống quản lý đạt chứng nhận {cert}."
VI_TRAINING = "Công ty đang tham gia chương trình đào tạo 5S3D do Sở Công Thương Hà Nội phối hợp tổ chức."
VI_KAIZEN = "Nhà máy áp dụng 5S và Kaizen trong toàn bộ xưởng sản xuất."
VI_KIP = "Sản phẩm {prod1} được công nhận là Sản phẩm công nghiệp chủ lực thành phố Hà Nội năm {kip}."
EN_SENTENCES = [
    "We supply {prod_en1} and {prod_en2} to {nations_en} manufacturers in Vietnam.",
    "Main equipment: {n} {equip_en}.",
    "Looking for long-term partners in the {ind_en} supply chain.",
    "Our strengths are {cap_en1}, fast sampling and stable quality.",
    "Exporting to {markets}.",
    "Capacity about {capacity} pcs per month.",
]
VI_TRADING = [
    "Nhà phân phối {prod1}, {prod2} nhập khẩu từ Nhật Bản, Đức, Hàn Quốc cho các nhà máy tại miền Bắc.",
    "Chuyên cung cấp {prod1}, {prod2} chính hãng, hàng có sẵn tại kho Hà Nội, giao hàng trong 24 giờ.",
]
EN_TRADING = [
    "Authorised distributor of {prod_en1} and {prod_en2} for factories in northern Vietnam.",
    "Large stock in our Hanoi warehouse; technical support and fast delivery.",
]

# English names of the materials that sourcing templates mention; codes such as "thép SPCC" follow a rule instead.
_MATERIAL_EN = {
    "thép hộp mạ kẽm": "galvanised box-section steel", "dây đồng emay": "enamelled copper wire",
    "nhôm định hình": "aluminium profile", "vải kaki": "khaki", "vải cotton": "cotton", "vải TC": "TC poly-cotton",
    "vải chống tĩnh điện": "anti-static fabric", "da bò thuộc": "tanned cowhide", "sợi polyester": "polyester",
    "sợi nylon": "nylon", "gạo": "rice", "rau củ VietGAP": "VietGAP vegetables", "cà phê robusta": "Robusta",
    "cao su EPDM": "EPDM rubber", "dầu khoáng": "mineral oil", "xốp PU": "PU foam",
    "gốm men lam": "blue-glazed ceramic", "sứ trắng": "white porcelain", "mây": "rattan", "tre": "bamboo",
    "cói": "seagrass", "lụa tơ tằm": "mulberry silk", "gỗ": "wooden",
}
_MATERIAL_PREFIXES = [("thép ", "steel"), ("nhôm ", "aluminium"), ("gang cầu ", "ductile iron"), ("gang ", "cast iron"),
                      ("đồng thau ", "brass"), ("nhựa ", "")]


def english_material(name):
    """English trade name of a material: 'thép SPCC' -> 'SPCC steel', 'nhôm A6061' -> 'A6061 aluminium'."""
    if name in _MATERIAL_EN:
        return _MATERIAL_EN[name]
    for prefix, noun in _MATERIAL_PREFIXES:
        if name.startswith(prefix):
            return f"{name[len(prefix):]} {noun}".strip()
    return name
