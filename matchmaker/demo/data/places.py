"""Real districts, industrial zones (KCN), industrial clusters (CCN) and craft villages around Hanoi."""

# district -> (weight among Hanoi suppliers, industrial zones / clusters located in that district)
HANOI_DISTRICTS = {
    "Đông Anh": (9, ["KCN Thăng Long", "KCN Đông Anh", "CCN Nguyên Khê"]),
    "Sóc Sơn": (6, ["KCN Nội Bài", "KCN Sóc Sơn"]),
    "Mê Linh": (6, ["KCN Quang Minh"]),
    "Thạch Thất": (8, ["KCN Thạch Thất - Quốc Oai", "Khu CNC Hòa Lạc", "CCN Bình Phú", "CCN Phùng Xá"]),
    "Quốc Oai": (5, ["KCN Thạch Thất - Quốc Oai", "CCN Ngọc Liệp"]),
    "Chương Mỹ": (5, ["KCN Phú Nghĩa", "CCN Đông Phương Yên"]),
    "Thanh Oai": (4, ["CCN Thanh Oai", "CCN Bình Minh"]),
    "Thường Tín": (4, ["CCN Quất Động", "CCN Duyên Thái"]),
    "Phú Xuyên": (3, ["CCN Phú Minh"]),
    "Gia Lâm": (5, ["CCN Ninh Hiệp", "CCN Phú Thị"]),
    "Long Biên": (5, ["KCN Sài Đồng B", "KCN Sài Đồng A"]),
    "Hoàng Mai": (4, ["CCN Vĩnh Hoàng"]),
    "Hà Đông": (4, ["CCN Yên Nghĩa"]),
    "Hoài Đức": (4, ["CCN An Khánh"]),
    "Bắc Từ Liêm": (5, ["KCN Nam Thăng Long"]),
    "Nam Từ Liêm": (2, []),
    "Thanh Trì": (3, ["KCN Ngọc Hồi"]),
    "Đan Phượng": (2, ["CCN Đan Phượng"]),
    "Ứng Hòa": (1, []),
    "Cầu Giấy": (2, []),
    "Thanh Xuân": (2, []),
    "Đống Đa": (1, []),
}

# Where software houses and trading companies usually sit: offices in the inner districts, or the hi-tech park.
OFFICE_DISTRICTS = ["Cầu Giấy", "Thanh Xuân", "Đống Đa", "Nam Từ Liêm", "Bắc Từ Liêm", "Hoàng Mai", "Long Biên",
                    "Thạch Thất"]
OFFICE_ZONES = {"Thạch Thất": "Khu CNC Hòa Lạc"}

# Neighbouring provinces: weight, first two digits of their enterprise codes, district -> zones.
NEIGHBOUR_PROVINCES = {
    "Bắc Ninh": (5, "23", {"Yên Phong": ["KCN Yên Phong"], "Tiên Du": ["KCN VSIP Bắc Ninh", "KCN Tiên Sơn"],
                           "Quế Võ": ["KCN Quế Võ"]}),
    "Hưng Yên": (4, "09", {"Văn Lâm": ["KCN Phố Nối A"], "Mỹ Hào": ["KCN Thăng Long II"]}),
    "Vĩnh Phúc": (3, "25", {"Bình Xuyên": ["KCN Bá Thiện", "KCN Bình Xuyên"], "Vĩnh Yên": ["KCN Khai Quang"]}),
    "Hải Dương": (3, "08", {"Cẩm Giàng": ["KCN Tân Trường"], "Nam Sách": ["KCN Nam Sách"]}),
}
HANOI_WEIGHT = 85
HANOI_CODE = "01"

# Landline area codes, for plausible phone numbers.
AREA_CODES = {"Hà Nội": "24", "Bắc Ninh": "222", "Hưng Yên": "221", "Vĩnh Phúc": "211", "Hải Dương": "220"}

# Place names firms borrow for their brand ("Cơ khí Thăng Long", "Nhựa Hà Thành").
PLACE_BRANDS = ["Thăng Long", "Hà Thành", "Hồng Hà", "Tây Hồ", "Sóc Sơn", "Đông Anh", "Hòa Lạc", "Phùng Xá", "Ba Vì",
                "Tràng An", "Kinh Bắc", "Long Biên", "Cổ Loa", "Văn Miếu", "Sông Đà", "Thủ Đô"]
