"""Demo buyer requirements, each written around one real generated supplier ("anchor") so that it can be met."""
from datetime import date, timedelta

from . import vocabulary as voc

# Certificates a requirement may demand must stay valid well past the demo's "today".
_SAFETY_MARGIN = timedelta(days=90)
_VI_SHARE = 0.1  # of the lines below; a few requirements end up in Vietnamese
_VI_UNITS = [("pcs", "chiếc"), ("sets", "bộ"), ("units", "chiếc"), ("meals", "suất"), ("boxes", "hộp"),
             ("/month", "/tháng"), ("/day", "/ngày"), ("/year", "/năm"), ("tons", "tấn")]
_VI_TEMPLATES = {
    "cnc_machining": ("Tìm nhà cung cấp gia công chi tiết CNC bằng {material}",
                      "Cần tìm đơn vị gia công tiện phay CNC chi tiết {material} theo bản vẽ, dung sai ±0,02 mm, "
                      "số lượng {qty}. Yêu cầu có máy đo CMM và báo cáo kiểm tra từng lô."),
    "stamping": ("Tìm nhà cung cấp chi tiết dập {material}",
                 "Cần đơn vị dập liên hoàn chi tiết giá đỡ bằng {material} dày 1,2 mm, mạ kẽm, số lượng {qty}. "
                 "Nhà cung cấp tự làm khuôn dập."),
    "welding_fabrication": ("Gia công khung hàn bằng {material}",
                            "Cần đơn vị hàn và sơn tĩnh điện khung giá kệ bằng {material}, số lượng {qty}, "
                            "giao hàng tại Hà Nội."),
    "injection_moulding": ("Tìm nhà cung cấp ép nhựa {material}",
                           "Cần đơn vị ép nhựa vỏ thiết bị bằng {material}, bề mặt không vết hàn, in tampon logo, "
                           "số lượng {qty}. Khuôn do khách hàng cung cấp."),
    "smt_pcba": ("Gia công lắp ráp bo mạch SMT",
                 "Cần đơn vị lắp ráp bo mạch điện tử SMT/DIP trên mạch {material}, hàn không chì, kiểm tra AOI, "
                 "số lượng {qty}."),
    "garment": ("May đồng phục công nhân bằng {material}",
                "Cần đơn vị may đồng phục công nhân bằng {material}, thêu logo, đủ cỡ S–3XL, số lượng {qty}."),
    "packaging": ("Cung cấp thùng carton và khay định hình",
                  "Cần nhà cung cấp thùng carton 5 lớp in 2 màu và khay định hình {material} chống tĩnh điện, "
                  "số lượng {qty}."),
    "food": ("Cung cấp suất ăn công nghiệp",
             "Cần đơn vị cung cấp suất ăn ca cho công nhân, nguyên liệu ({material}) rõ nguồn gốc, bếp một chiều, "
             "số lượng {qty}."),
    "rattan_bamboo": ("Đặt giỏ quà Tết bằng {material}",
                      "Cần đặt giỏ quà Tết đan bằng {material} có nắp, kích thước 35 x 25 cm, đã xử lý chống mốc, "
                      "số lượng {qty}."),
}


def build_requirements(rng, count, buyers, buyer_rows, suppliers, today):
    """Return `count` requirement records of the given buyers, each satisfiable by at least one supplier."""
    by_line = _suppliers_by_line(suppliers)
    sourcing = {row[0]: [key for key in row[7] if by_line.get(key)] for row in buyer_rows}
    records, covered = [], set()
    for index in range(count):
        buyer = buyers[index] if index < len(buyers) else rng.choice(buyers)
        lines = sourcing.get(buyer["name"]) or sorted(by_line)
        # Each buyer's first requirement favours a sector not yet asked for, so the demo shows all kinds of sourcing.
        if index < len(buyers):
            lines = [key for key in lines if not set(voc.LINES_BY_KEY[key]["sectors"]) <= covered] or lines
        # A buyer's first product line is its main purchase, so it comes up twice as often.
        line = voc.LINES_BY_KEY[rng.choices(lines, weights=[2] + [1] * (len(lines) - 1))[0]]
        anchor = rng.choice(by_line[line["key"]])
        records.append(_requirement(rng, index, buyer, line, anchor, today))
        covered.update(line["sectors"])
    return records


def _suppliers_by_line(suppliers):
    """Group manufacturers (not traders) by the product line their capabilities come from."""
    line_terms = {line["key"]: {voc.strip_diacritics(vi) for vi, _ in line["capabilities"]}
                  for line in voc.PRODUCT_LINES}
    by_line = {}
    for supplier in suppliers:
        folded = {voc.strip_diacritics(term) for term in supplier["capabilities"]}
        for line in voc.PRODUCT_LINES:
            if line_terms[line["key"]] & folded and set(line["sectors"]) & set(supplier["sectors"]):
                by_line.setdefault(line["key"], []).append(supplier)
    return by_line


def _requirement(rng, index, buyer, line, anchor, today):
    title, description, quantities, *fitting = rng.choice(line["requirements"])
    fitting = fitting[0] if fitting else line["materials"]
    own = [m for m in anchor["materials"] if m in fitting]
    material = rng.choice(own or fitting or [""])
    quantity = rng.choice(quantities)
    if line["key"] in _VI_TEMPLATES and rng.random() < _VI_SHARE:
        title, description = _VI_TEMPLATES[line["key"]]
        material = material if material in fitting else (fitting or [""])[0]
        quantity = _vietnamese_quantity(quantity)
        title, description = title.format(material=material), description.format(material=material, qty=quantity)
    else:
        description = description.format(material=voc.english_material(material))
    required, preferred = _certifications(rng, line, anchor, today)
    return {
        "external_id": f"REQ-2026-{index + 1:04d}",
        "buyer": buyer["name"],
        "title": title,
        "description": description,
        "sectors": list(line["sectors"]),
        "required_certifications": required,
        "preferred_certifications": preferred,
        "min_five_s": _min_five_s(rng, buyer, anchor),
        "province": rng.choices([None, "Hà Nội", buyer.get("province")], weights=[50, 40, 10])[0],
        "quantity": quantity,
        "deadline": (date(2027, 1, 15) + timedelta(days=rng.randint(0, 340))).isoformat(),
    }


def _vietnamese_quantity(quantity):
    """'20000 pcs/month' -> '20.000 chiếc/tháng', as a Vietnamese purchasing clerk writes it."""
    number, _, unit = quantity.partition(" ")
    if number.isdigit():
        number = f"{int(number):,}".replace(",", ".")
    for english, vietnamese in _VI_UNITS:
        unit = unit.replace(english, vietnamese)
    return f"{number} {unit}"


def _certifications(rng, line, anchor, today):
    """Required certificates come from the anchor's valid ones; preferred ones are what the sector values."""
    valid = []
    for cert in anchor["certifications"]:
        name, until = (cert, None) if isinstance(cert, str) else (cert["name"], cert.get("valid_until"))
        if until is None or date.fromisoformat(until) > today + _SAFETY_MARGIN:
            valid.append(_short(name))
    required = []
    if valid and rng.random() < 0.75:
        required = rng.sample(valid, 2 if len(valid) > 1 and rng.random() < 0.25 else 1)
    candidates = ["ISO 9001", "ISO 14001", "ISO 45001"] + [_short(n) for n in line.get("certifications", {})]
    candidates = [c for c in dict.fromkeys(candidates) if c not in required]
    preferred = rng.sample(candidates, min(len(candidates), rng.choice([0, 1, 1, 2])))
    return required, preferred


def _short(name):
    """'ISO 9001:2015' -> 'ISO 9001', 'ISO9001:2015' -> 'ISO 9001', as buyers write standards without the year."""
    base = name.split(":")[0]
    if base.startswith("ISO") and base[3:4].isdigit():
        base = f"ISO {base[3:]}"
    return base


def _min_five_s(rng, buyer, anchor):
    """Japanese and Korean buyers ask for 5S more often; never above what the anchor supplier has."""
    level = voc.FIVE_S.index(anchor["five_s"])
    chance = 0.5 if buyer.get("country") in ("JP", "KR") else 0.2
    if level == 0 or rng.random() > chance:
        return None
    return voc.FIVE_S[rng.randint(1, level)]
