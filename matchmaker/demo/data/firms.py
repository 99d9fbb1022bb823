"""Company-name parts, trading-company profiles and the fictional FDI buyer firms of the demo data."""

# Two-syllable brand names are drawn from these; real firms use the same auspicious words ("Minh Phát", "Tân Á").
BRAND_FIRST = ["Minh", "Tân", "Hưng", "Phú", "Thành", "Đức", "Việt", "Hoàng", "Kim", "An", "Bảo", "Thiên", "Quang",
               "Trường", "Hải", "Nam", "Đại", "Thịnh", "Phúc", "Ngọc", "Gia", "Hồng", "Vạn", "Toàn"]
BRAND_SECOND = ["Phát", "Thịnh", "Long", "Anh", "Tiến", "Khang", "Hưng", "Đạt", "Minh", "Việt", "Phong", "Sơn", "Hà",
                "Thành", "Lợi", "Tín", "An", "Nguyên", "Vượng", "Hòa", "Á", "Dương", "Huy", "Lâm"]
# Names that signal a Japanese or Korean link, common among CNHT firms supplying FDI plants.
BRAND_PARTNER = ["Việt Nhật", "Việt Hàn", "Sakura", "Nhật Tân", "Hàn Việt", "Fuji Việt", "Asia"]

# (Vietnamese legal form, English suffix, weight)
LEGAL_FORMS = [
    ("Công ty TNHH", "Co., Ltd.", 55),
    ("Công ty Cổ phần", "Joint Stock Company", 30),
    ("Công ty TNHH Một thành viên", "One Member Co., Ltd.", 10),
    ("Công ty TNHH Sản xuất và Thương mại", "Manufacturing and Trading Co., Ltd.", 5),
]

# Industries a supplier serves: (Vietnamese, English).
INDUSTRIES = [("ô tô, xe máy", "automotive and motorcycle"), ("điện tử", "electronics"),
              ("máy in, thiết bị văn phòng", "printer and office equipment"), ("điện lạnh", "air-conditioning"),
              ("thiết bị y tế", "medical devices"), ("cơ khí chế tạo máy", "machinery"),
              ("xây dựng", "construction"), ("hàng tiêu dùng", "consumer goods")]

# Who a supplier's main customers are, as it would write it: (Vietnamese, English).
CUSTOMER_NATIONS = [("Nhật Bản, Hàn Quốc", "Japanese and Korean"), ("Nhật Bản", "Japanese"),
                    ("Hàn Quốc, Đài Loan", "Korean and Taiwanese"), ("Nhật Bản, châu Âu", "Japanese and European")]
EXPORT_MARKETS = {"JP": 30, "KR": 18, "US": 10, "DE": 6, "CN": 6, "TW": 5, "TH": 5, "SG": 4, "FR": 4, "NL": 3,
                  "AU": 3, "GB": 3, "IT": 2, "MY": 2, "LA": 2, "IN": 2}
HANDICRAFT_MARKETS = {"US": 10, "FR": 6, "DE": 6, "JP": 6, "NL": 4, "AU": 4, "GB": 3, "IT": 3, "KR": 2, "LA": 1}
COUNTRY_NAMES = {"JP": "Japanese", "KR": "Korean", "US": "US", "DE": "German", "CN": "Chinese", "TW": "Taiwanese",
                 "TH": "Thai", "SG": "Singaporean", "FR": "French", "NL": "Dutch", "AU": "Australian", "GB": "British",
                 "IT": "Italian", "MY": "Malaysian", "LA": "Lao", "IN": "Indian", "SE": "Swedish"}
COUNTRY_LANGUAGE = {"JP": "ja", "KR": "ko", "CN": "zh", "TW": "zh", "DE": "de", "FR": "fr"}

# Trading companies: realistic distractors that list products they resell rather than make.
TRADING = {
    "name_vi": ["Thương mại và Dịch vụ Kỹ thuật", "Thương mại Vật tư Công nghiệp", "Xuất nhập khẩu và Thương mại"],
    "name_en": ["Technical Trading and Services", "Industrial Supplies Trading", "Import-Export and Trading"],
    "capabilities": [("phân phối vật tư công nghiệp", "industrial supplies distribution"),
                     ("nhập khẩu ủy thác", "import agency services"), ("đại lý phân phối", "authorised distributor"),
                     ("tư vấn kỹ thuật", "technical consulting")],
    "lines": [
        ("mechanical", [("vòng bi", "bearings"), ("dụng cụ cắt gọt", "cutting tools"), ("thiết bị khí nén",
        "pneumatic components"),
                        ("dầu mỡ công nghiệp", "industrial lubricants")], ["SUS304", "thép S45C"]),
        ("electrical-electronics", [("linh kiện điện tử", "electronic components"), ("thiết bị đóng cắt", "switchgear"),
                                    ("biến tần", "inverters"), ("cảm biến", "sensors")], []),
        ("chemicals-rubber-plastics-pharma", [("hạt nhựa nguyên sinh", "virgin plastic resin"),
                                              ("hóa chất công nghiệp", "industrial chemicals")], ["nhựa ABS", "PP",
                                              "PA66"]),
    ],
}

# Fictional buyer firms (names invented for the demo; any resemblance to a real company is unintended).
# (name, Vietnamese legal name, country, industrial zone, district, province, what they make, product lines they source)
BUYERS = [
    ("Hoshino Precision Vietnam Co., Ltd.", "Công ty TNHH Hoshino Precision Việt Nam", "JP", "KCN Thăng Long",
     "Đông Anh", "Hà Nội", "printer and copier mechanisms", ["cnc_machining", "stamping", "injection_moulding"]),
    ("Daehan Electronics Vina Co., Ltd.", "Công ty TNHH Daehan Electronics Vina", "KR", "KCN Yên Phong", "Yên Phong",
     "Bắc Ninh", "mobile-phone modules", ["smt_pcba", "packaging", "injection_moulding", "fasteners"]),
    ("Kawabe Seimitsu Vietnam Co., Ltd.", "Công ty TNHH Kawabe Seimitsu Việt Nam", "JP", "KCN Thăng Long", "Đông Anh",
     "Hà Nội", "precision motor parts", ["cnc_machining", "die_casting", "surface_treatment", "fasteners"]),
    ("Midori Denki Vietnam Co., Ltd.", "Công ty TNHH Midori Denki Việt Nam", "JP", "KCN Nội Bài", "Sóc Sơn", "Hà Nội",
     "electrical switches and relays", ["electrical_equipment", "stamping", "injection_moulding", "wire_harness"]),
    ("Hanbit Precision Vina Co., Ltd.", "Công ty TNHH Hanbit Precision Vina", "KR", "KCN Quang Minh", "Mê Linh",
     "Hà Nội", "camera-module brackets", ["cnc_machining", "stamping", "surface_treatment"]),
    ("Asahina Motor Parts Vietnam Co., Ltd.", "Công ty TNHH Asahina Motor Parts Việt Nam", "JP", "KCN Bá Thiện",
     "Bình Xuyên", "Vĩnh Phúc", "motorcycle components", ["welding_fabrication", "wire_harness", "rubber",
     "die_casting"]),
    ("Tsukuba Electronics Hanoi Co., Ltd.", "Công ty TNHH Điện tử Tsukuba Hà Nội", "JP", "KCN Thăng Long", "Đông Anh",
     "Hà Nội", "industrial control units", ["smt_pcba", "electrical_equipment", "embedded_iot", "packaging"]),
    ("Narae Display Vina Co., Ltd.", "Công ty TNHH Narae Display Vina", "KR", "KCN Quế Võ", "Quế Võ", "Bắc Ninh",
     "display backlight units", ["injection_moulding", "packaging", "smt_pcba", "chemicals"]),
    ("Shirakawa Industries Vietnam Co., Ltd.", "Công ty TNHH Shirakawa Industries Việt Nam", "JP",
     "KCN Thạch Thất - Quốc Oai", "Thạch Thất", "Hà Nội", "air-conditioner components",
     ["stamping", "rubber", "surface_treatment", "welding_fabrication"]),
    ("Dongbang Hitech Vina Co., Ltd.", "Công ty TNHH Dongbang Hitech Vina", "KR", "KCN Phố Nối A", "Văn Lâm",
     "Hưng Yên", "automotive wiring", ["wire_harness", "injection_moulding", "fasteners"]),
    ("Yamabuki Wiring Systems Vietnam Co., Ltd.", "Công ty TNHH Yamabuki Wiring Systems Việt Nam", "JP",
     "KCN Thăng Long II", "Mỹ Hào", "Hưng Yên", "wire harnesses", ["wire_harness", "packaging", "garment"]),
    ("Hanabusa Medical Devices Vietnam Co., Ltd.", "Công ty TNHH Hanabusa Medical Devices Việt Nam", "JP",
     "KCN Quang Minh", "Mê Linh", "Hà Nội", "disposable medical devices", ["injection_moulding", "smt_pcba",
     "garment"]),
    ("Saebyeok Electronics Vina Co., Ltd.", "Công ty TNHH Saebyeok Electronics Vina", "KR", "KCN VSIP Bắc Ninh",
     "Tiên Du", "Bắc Ninh", "home-appliance PCBs", ["smt_pcba", "wire_harness", "electrical_equipment"]),
    ("Komorebi Apparel Vietnam Co., Ltd.", "Công ty TNHH Komorebi Apparel Việt Nam", "JP", "KCN Phú Nghĩa", "Chương Mỹ",
     "Hà Nội", "outdoor apparel", ["garment", "textile", "packaging"]),
    ("Ozora Auto Components Vietnam Co., Ltd.", "Công ty TNHH Ozora Auto Components Việt Nam", "JP", "KCN Nội Bài",
     "Sóc Sơn", "Hà Nội", "automotive switches", ["injection_moulding", "stamping", "fasteners", "smt_pcba"]),
    ("Gaon Mobile Parts Vina Co., Ltd.", "Công ty TNHH Gaon Mobile Parts Vina", "KR", "KCN Yên Phong", "Yên Phong",
     "Bắc Ninh", "phone housings", ["cnc_machining", "surface_treatment", "injection_moulding"]),
    ("Kurobane Machinery Vietnam Co., Ltd.", "Công ty TNHH Kurobane Machinery Việt Nam", "JP", "Khu CNC Hòa Lạc",
     "Thạch Thất", "Hà Nội", "packaging machinery", ["cnc_machining", "automation", "welding_fabrication", "software"]),
    ("Nagomi Foods Vietnam Co., Ltd.", "Công ty TNHH Nagomi Foods Việt Nam", "JP", "KCN Thăng Long", "Đông Anh",
     "Hà Nội",
     "instant noodles and sauces", ["food", "packaging", "chemicals"]),
    ("Hyeonmu Auto Parts Vina Co., Ltd.", "Công ty TNHH Hyeonmu Auto Parts Vina", "KR", "KCN Khai Quang", "Vĩnh Yên",
     "Vĩnh Phúc", "car seat frames", ["welding_fabrication", "stamping", "rubber", "garment"]),
    ("Kazeno Optics Vietnam Co., Ltd.", "Công ty TNHH Kazeno Optics Việt Nam", "JP", "KCN Nam Thăng Long",
     "Bắc Từ Liêm",
     "Hà Nội", "optical lenses", ["cnc_machining", "mould_making", "packaging", "ceramics"]),
    ("Cheongun Textile Vina Co., Ltd.", "Công ty TNHH Cheongun Textile Vina", "KR", "KCN Phố Nối A", "Văn Lâm",
     "Hưng Yên",
     "knitted fabrics", ["textile", "garment", "chemicals", "footwear_leather"]),
    ("Bitnara Lighting Vina Co., Ltd.", "Công ty TNHH Bitnara Lighting Vina", "KR", "KCN Quang Minh", "Mê Linh",
     "Hà Nội",
     "LED modules", ["lighting", "smt_pcba", "die_casting", "building_materials"]),
    ("Tokimeki Housing Vietnam Co., Ltd.", "Công ty TNHH Tokimeki Housing Việt Nam", "JP", "KCN Sài Đồng B",
     "Long Biên",
     "Hà Nội", "prefabricated bathroom units", ["building_materials", "injection_moulding", "welding_fabrication"]),
    ("Rheinfeld Elektrotechnik Vietnam Co., Ltd.", "Công ty TNHH Rheinfeld Elektrotechnik Việt Nam", "DE",
     "KCN Thăng Long", "Đông Anh", "Hà Nội", "industrial drives", ["electrical_equipment", "cnc_machining",
     "automation"]),
    ("Hagenau Medizintechnik Vietnam Co., Ltd.", "Công ty TNHH Hagenau Medizintechnik Việt Nam", "DE",
     "Khu CNC Hòa Lạc", "Thạch Thất", "Hà Nội", "surgical instruments", ["cnc_machining", "surface_treatment",
     "smt_pcba"]),
    ("Yuhsin Precision Industrial Vietnam Co., Ltd.", "Công ty TNHH Yuhsin Precision Industrial Việt Nam", "TW",
     "KCN Quế Võ", "Quế Võ", "Bắc Ninh", "notebook hinges", ["stamping", "cnc_machining", "fasteners"]),
    ("Jinhong Electronic Technology Vietnam Co., Ltd.", "Công ty TNHH Công nghệ Điện tử Jinhong Việt Nam", "TW",
     "KCN Tân Trường", "Cẩm Giàng", "Hải Dương", "power adapters", ["electrical_equipment", "wire_harness",
     "packaging"]),
    ("Valcourt Vietnam Co., Ltd.", "Công ty TNHH Valcourt Việt Nam", "FR", "KCN Phú Nghĩa", "Chương Mỹ", "Hà Nội",
     "cosmetics and home fragrance", ["chemicals", "packaging", "rattan_bamboo", "lacquer_silk"]),
    ("Nordvik Climate Systems Vietnam Co., Ltd.", "Công ty TNHH Nordvik Climate Systems Việt Nam", "SE",
     "KCN Nội Bài", "Sóc Sơn", "Hà Nội", "ventilation units", ["stamping", "electrical_equipment",
     "building_materials"]),
    ("Ferraloro Meccanica Vietnam Co., Ltd.", "Công ty TNHH Ferraloro Meccanica Việt Nam", "IT", "KCN Quang Minh",
     "Mê Linh", "Hà Nội", "valves and fittings", ["die_casting", "cnc_machining", "rubber", "software"]),
]
BUYER_MAILBOXES = ["purchasing", "procurement", "sourcing", "scm"]
