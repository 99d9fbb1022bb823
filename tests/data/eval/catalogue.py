"""Latent concepts of the development set and the many ways people write them.

Written by hand for the evaluation set, independently of matchmaker/matching: each concept lists several
Vietnamese terms (with diacritics; the no-diacritics style is derived from them) and several English terms,
including shop-floor jargon, abbreviations and grade codes. Nothing here is shared with the engine.
"""

# Materials: key -> (Vietnamese terms, English terms).
MATERIALS = {
    "steel": (
        ["thép", "thép carbon", "thép S45C", "thép SS400", "sắt thép", "thép C45"],
        ["carbon steel", "steel", "S45C", "mild steel SS400", "C45 steel"],
    ),
    "sheet_steel": (
        ["tôn", "thép tấm SPCC", "tôn cán nguội", "thép tấm", "tôn mạ kẽm SECC"],
        ["SPCC sheet", "cold-rolled steel sheet", "sheet steel", "CRS", "SECC"],
    ),
    "stainless": (
        ["inox", "inox 304", "thép không gỉ", "SUS304", "inox 201", "inox 316"],
        ["stainless steel", "SUS304", "SS304", "stainless 316", "SUS303"],
    ),
    "aluminium": (
        ["nhôm", "nhôm A6061", "nhôm hợp kim", "nhôm 5052", "nhôm tấm"],
        ["aluminium", "aluminum", "Al 6061", "A5052", "AL6063"],
    ),
    "alu_cast": (["nhôm ADC12", "hợp kim nhôm đúc", "nhôm đúc"], ["ADC12", "cast aluminium alloy", "A380"]),
    "zinc_alloy": (["hợp kim kẽm", "kẽm ZAMAK"], ["zinc alloy", "Zamak"]),
    "brass": (
        ["đồng thau", "đồng vàng", "đồng C3604", "đồng hợp kim"],
        ["brass", "C3604 brass", "CuZn39Pb3", "free-cutting brass"],
    ),
    "copper": (
        ["đồng đỏ", "đồng nguyên chất", "đồng lá", "đồng thanh cái"],
        ["copper", "C1100 copper", "pure copper", "copper busbar"],
    ),
    "tool_steel": (
        ["thép SKD11", "thép SKD61", "thép làm khuôn P20", "thép NAK80"],
        ["tool steel", "SKD61", "P20 mould steel", "H13"],
    ),
    "abs": (["nhựa ABS", "hạt nhựa ABS", "ABS"], ["ABS", "ABS resin"]),
    "pp": (["nhựa PP", "PP", "nhựa polypropylen"], ["polypropylene", "PP"]),
    "pc": (["nhựa PC", "polycarbonate"], ["PC", "polycarbonate"]),
    "pa": (["nhựa PA66", "nylon PA6", "nhựa PA"], ["PA66", "nylon", "glass-filled nylon"]),
    "pom": (["nhựa POM", "nhựa kỹ thuật POM"], ["POM", "acetal", "Delrin"]),
    "pet": (["nhựa PET", "phôi PET"], ["PET", "PET preforms"]),
    "hdpe": (["nhựa HDPE", "HDPE", "nhựa PE"], ["HDPE", "high-density polyethylene"]),
    "pvc": (["nhựa PVC", "uPVC", "PVC"], ["PVC", "uPVC"]),
    "pe_film": (["màng PE", "màng LDPE", "hạt nhựa LDPE"], ["PE film", "LDPE", "LLDPE"]),
    "epdm": (["cao su EPDM", "EPDM"], ["EPDM rubber", "EPDM"]),
    "nbr": (["cao su NBR", "cao su chịu dầu"], ["NBR", "nitrile rubber"]),
    "silicone": (["cao su silicone", "silicon"], ["silicone rubber", "LSR"]),
    "natural_rubber": (["cao su thiên nhiên", "mủ cao su", "cao su tự nhiên"], ["natural rubber", "NR"]),
    "cotton": (["vải cotton", "vải bông", "cotton 100%", "vải kaki"], ["cotton", "100% cotton", "cotton twill"]),
    "polyester": (
        ["vải polyester", "vải PE", "sợi poly", "vải thun lạnh"],
        ["polyester", "poly fabric", "dri-fit polyester"],
    ),
    "denim": (["vải bò", "vải jean"], ["denim"]),
    "silk": (["lụa", "tơ tằm", "lụa Vạn Phúc"], ["silk", "mulberry silk"]),
    "leather": (
        ["da bò", "da thật", "da thuộc", "da bò nguyên tấm"],
        ["genuine leather", "cowhide", "full-grain leather"],
    ),
    "pu_leather": (["da PU", "giả da", "simili"], ["PU leather", "synthetic leather", "faux leather"]),
    "wood": (["gỗ", "gỗ sồi", "gỗ xoan đào", "gỗ keo", "gỗ hương"], ["wood", "oak", "acacia wood", "hardwood"]),
    "bamboo": (["tre", "nứa", "tre tự nhiên", "tre ép"], ["bamboo", "natural bamboo"]),
    "rattan": (["mây", "mây tự nhiên", "lục bình", "cói"], ["rattan", "water hyacinth", "seagrass"]),
    "clay": (["đất sét", "men gốm", "đất nung"], ["clay", "stoneware clay", "terracotta"]),
    "lacquer_mat": (
        ["sơn ta", "sơn then", "vỏ trứng", "xà cừ"],
        ["natural lacquer", "eggshell inlay", "mother-of-pearl"],
    ),
    "bronze": (["đồng đúc", "đồng đen", "đồng thanh"], ["bronze", "cast bronze"]),
    "cement": (["xi măng", "bê tông mác 300", "bê tông"], ["concrete", "cement", "C30 concrete"]),
    "gypsum": (["thạch cao", "bột thạch cao"], ["gypsum", "plaster"]),
    "glass": (["kính", "kính float", "kính trắng"], ["glass", "float glass"]),
    "mango": (["xoài", "xoài cát", "xoài Sơn La"], ["mango", "Cat Hoa Loc mango"]),
    "lychee": (["vải thiều", "vải Lục Ngạn", "nhãn"], ["lychee", "litchi", "longan"]),
    "banana": (["chuối", "chuối tiêu", "thanh long", "mít"], ["banana", "dragon fruit", "jackfruit"]),
    "coffee_bean": (
        ["cà phê Robusta", "cà phê Arabica", "hạt cà phê", "cà phê nhân"],
        ["Robusta coffee", "Arabica beans", "green coffee"],
    ),
    "tea_leaf": (
        ["chè Thái Nguyên", "trà xanh", "chè Shan tuyết", "chè búp"],
        ["green tea leaves", "Shan tuyet tea", "tea leaf"],
    ),
    "shrimp": (["tôm", "tôm thẻ", "tôm sú"], ["shrimp", "vannamei shrimp", "black tiger prawn"]),
    "fish": (["cá tra", "cá basa", "mực", "cá ngừ"], ["pangasius", "basa fish", "squid", "tuna"]),
    "pcb_mat": (["FR4", "phíp FR-4", "bo nhôm MCPCB"], ["FR-4", "MCPCB", "FR4 laminate"]),
    "copper_wire": (
        ["dây đồng", "dây đồng tráng men", "dây cáp điện", "dây điện AVSS"],
        ["copper wire", "enamelled wire", "AWG cable", "AVSS wire"],
    ),
}

# Product families: key -> (Vietnamese terms, English terms).
PRODUCTS = {
    "fittings": (
        ["đầu nối ren", "khớp nối", "đầu nối ống", "phụ kiện ống nước", "van và đầu nối", "rắc co"],
        ["fittings", "pipe fittings", "threaded connectors", "couplings", "hydraulic fittings", "nipples"],
    ),
    "shafts_pins": (
        ["trục", "chốt", "trục bánh răng", "chốt định vị", "bạc lót", "ty ren"],
        ["shafts", "pins", "bushings", "dowel pins", "spindles", "threaded rods"],
    ),
    "precision_parts": (
        ["chi tiết máy", "linh kiện cơ khí chính xác", "chi tiết gia công theo bản vẽ", "linh kiện máy"],
        ["precision parts", "machined components", "custom parts to drawing", "machine parts"],
    ),
    "jigs_fixtures": (
        ["đồ gá", "jig", "đồ gá kiểm tra", "đồ gá hàn"],
        ["jigs and fixtures", "inspection fixtures", "welding jigs"],
    ),
    "brackets": (
        ["giá đỡ", "pát", "bát", "ke góc", "tai bắt", "pát bắt"],
        ["brackets", "mounting brackets", "clips", "stays", "mounting plates"],
    ),
    "enclosures": (
        ["vỏ tủ điện", "vỏ hộp", "hộp kỹ thuật", "tủ rack", "vỏ máy", "vỏ tủ"],
        ["enclosures", "cabinets", "electrical enclosures", "equipment housings", "racks"],
    ),
    "deep_drawn": (
        ["cốc dập vuốt", "vỏ pin", "nồi chảo", "chi tiết dập sâu", "vỏ tụ"],
        ["deep-drawn cups", "cans", "battery cans", "drawn shells", "capacitor cans"],
    ),
    "cast_housings": (
        ["vỏ động cơ", "vỏ hộp số", "nắp máy", "tản nhiệt đúc", "vỏ bơm"],
        ["die-cast housings", "motor housings", "gearbox covers", "heat sinks", "pump bodies"],
    ),
    "forged_parts": (
        ["phôi rèn", "mặt bích", "tay biên", "móc cẩu"],
        ["forgings", "flanges", "connecting rods", "lifting hooks"],
    ),
    "fasteners": (
        ["bu lông", "ốc vít", "đai ốc", "bulong neo", "vít"],
        ["bolts", "fasteners", "nuts and screws", "anchor bolts"],
    ),
    "steel_frames": (
        ["khung thép", "kết cấu thép", "giàn", "khung giá kệ", "cột đèn", "xà gồ"],
        ["steel frames", "structural steel", "racks and shelving", "lighting poles", "purlins"],
    ),
    "moto_parts": (
        ["phụ tùng xe máy", "linh kiện ô tô", "phụ tùng ô tô", "linh kiện xe máy"],
        ["motorcycle parts", "automotive components", "auto parts", "two-wheeler parts"],
    ),
    "moulds": (
        ["khuôn ép nhựa", "khuôn dập", "khuôn đúc", "khuôn mẫu"],
        ["injection moulds", "press dies", "die-casting dies", "tooling"],
    ),
    "plastic_housings": (
        ["vỏ nhựa", "vỏ thiết bị điện tử", "vỏ remote", "vỏ nhựa kỹ thuật", "vỏ quạt"],
        ["plastic housings", "plastic enclosures", "plastic covers", "casings"],
    ),
    "plastic_household": (
        ["đồ gia dụng nhựa", "khay nhựa", "thùng nhựa", "sóng nhựa", "pallet nhựa"],
        ["household plastics", "plastic trays", "crates", "plastic pallets", "storage boxes"],
    ),
    "bottles": (
        ["chai nhựa", "can nhựa", "lọ nhựa", "bình nước", "can 20 lít"],
        ["bottles", "jerrycans", "containers", "jars"],
    ),
    "pipes_profiles": (
        ["ống nhựa", "thanh nhựa định hình", "ống luồn dây điện", "nẹp nhựa"],
        ["pipes", "profiles", "conduits", "tubing"],
    ),
    "gaskets": (
        ["gioăng", "phớt", "ron cao su", "đệm cao su", "joăng", "vòng đệm"],
        ["gaskets", "seals", "O-rings", "rubber pads", "grommets"],
    ),
    "rubber_tech": (
        ["chân đế cao su", "cao su giảm chấn", "con lăn cao su", "cao su chống rung"],
        ["anti-vibration mounts", "rubber bumpers", "rubber rollers", "dampers"],
    ),
    "flexible_packaging": (
        ["túi nilon", "bao bì màng", "túi zipper", "màng co", "túi PE"],
        ["plastic bags", "flexible packaging", "pouches", "shrink film", "poly bags"],
    ),
    "pcba": (
        ["bo mạch điều khiển", "mạch điện tử", "bo mạch PCBA", "board điều khiển", "mạch in"],
        ["PCBA", "control boards", "printed circuit board assemblies", "electronic modules", "PCB assemblies"],
    ),
    "auto_harness": (
        ["dây điện ô tô", "bộ dây xe máy", "cụm dây điện ô tô", "dây điện xe máy"],
        ["automotive wire harnesses", "motorcycle harnesses", "vehicle wiring"],
    ),
    "appliance_harness": (
        ["dây điện thiết bị gia dụng", "dây cáp tín hiệu", "dây nguồn", "cáp kết nối"],
        ["appliance harnesses", "cable assemblies", "power cords", "signal cables"],
    ),
    "transformers": (
        ["biến áp", "cuộn cảm", "cuộn dây", "máy biến áp nguồn", "cuộn lọc"],
        ["transformers", "inductors", "coils", "chokes"],
    ),
    "switchboards": (
        ["tủ điện", "tủ phân phối", "tủ điều khiển", "tủ MCC", "tủ ATS"],
        ["switchboards", "distribution boards", "control panels", "MCC panels"],
    ),
    "luminaires": (
        ["đèn LED", "đèn đường", "đèn panel", "bóng đèn", "đèn nhà xưởng"],
        ["LED luminaires", "street lights", "LED panels", "LED bulbs", "high-bay lights"],
    ),
    "firmware": (
        ["phần mềm nhúng", "firmware", "phần mềm vi điều khiển"],
        ["firmware", "embedded software", "MCU code"],
    ),
    "mes_sw": (
        ["phần mềm quản lý sản xuất", "hệ thống MES", "phần mềm ERP", "phần mềm truy xuất nguồn gốc"],
        ["MES", "production tracking software", "ERP modules", "traceability software"],
    ),
    "iot_sys": (
        ["hệ thống giám sát", "giải pháp IoT", "SCADA", "bảng điều khiển giám sát"],
        ["monitoring systems", "IoT platforms", "SCADA", "dashboards"],
    ),
    "test_services": (
        ["kiểm thử phần mềm", "dịch vụ kiểm thử"],
        ["software testing", "QA services", "test automation"],
    ),
    "shirts": (
        ["áo sơ mi", "quần âu", "đồng phục", "quần áo bảo hộ lao động", "áo jacket", "quần áo công nhân"],
        ["shirts", "uniforms", "workwear", "jackets", "trousers", "coveralls"],
    ),
    "knitwear": (
        ["áo thun", "áo phông", "áo polo", "đồ thể thao", "quần áo thể thao"],
        ["T-shirts", "polo shirts", "sportswear", "knitwear", "activewear"],
    ),
    "fabric": (
        ["vải dệt kim", "vải mộc", "vải thành phẩm", "vải cotton khổ lớn"],
        ["knitted fabric", "greige fabric", "woven fabric", "finished fabric"],
    ),
    "shoes": (
        ["giày thể thao", "giày da", "dép", "mũ giày", "đế giày", "giày bảo hộ"],
        ["sports shoes", "leather shoes", "sandals", "shoe uppers", "outsoles", "safety shoes"],
    ),
    "bags": (
        ["túi xách", "ba lô", "ví da", "cặp da", "túi du lịch"],
        ["handbags", "backpacks", "wallets", "briefcases", "travel bags"],
    ),
    "pet_goods": (
        ["dây dắt chó", "yên cương", "vòng cổ thú cưng", "đai yếm chó"],
        ["dog harnesses", "leashes", "pet collars", "horse tack"],
    ),
    "dried_fruit": (
        ["hoa quả sấy", "xoài sấy dẻo", "trái cây sấy khô", "mứt", "chuối sấy"],
        ["dried fruit", "soft dried mango", "fruit snacks", "dehydrated fruit"],
    ),
    "fruit_puree": (
        ["nước ép", "puree", "nước cốt trái cây", "đồ hộp trái cây", "vải thiều đóng hộp"],
        ["fruit puree", "juice concentrate", "canned fruit", "NFC juice"],
    ),
    "roasted_coffee": (
        ["cà phê rang xay", "cà phê hòa tan", "cà phê hạt rang", "cà phê bột"],
        ["roasted coffee", "instant coffee", "ground coffee", "roasted beans"],
    ),
    "tea_products": (
        ["chè búp", "trà túi lọc", "trà xanh đóng gói", "trà ô long"],
        ["green tea", "tea bags", "loose-leaf tea", "oolong"],
    ),
    "frozen_seafood": (
        ["tôm đông lạnh", "cá phi lê đông lạnh", "hải sản đông lạnh", "tôm nõn"],
        ["frozen shrimp", "frozen fish fillets", "IQF seafood", "peeled shrimp"],
    ),
    "confectionery": (
        ["bánh kẹo", "bánh quy", "kẹo dừa", "bánh cốm"],
        ["biscuits", "candies", "confectionery", "cookies"],
    ),
    "tablets": (
        ["viên nén", "viên nang", "thực phẩm chức năng", "viên sủi"],
        ["tablets", "capsules", "dietary supplements", "effervescent tablets"],
    ),
    "injectables": (
        ["thuốc tiêm", "dịch truyền", "ống tiêm", "thuốc tiêm đông khô"],
        ["injectables", "infusion solutions", "ampoules", "vials"],
    ),
    "paints": (
        ["sơn nước", "bột sơn tĩnh điện", "sơn công nghiệp", "sơn chống thấm", "sơn epoxy"],
        ["industrial paints", "powder coating powder", "waterproofing coatings", "epoxy paint"],
    ),
    "precast": (
        ["cấu kiện bê tông đúc sẵn", "cống hộp", "cọc bê tông", "dầm bê tông", "ống cống"],
        ["precast concrete", "box culverts", "concrete piles", "precast beams", "culvert pipes"],
    ),
    "bricks_tiles": (
        ["gạch không nung", "gạch ốp lát", "gạch men", "ngói", "gạch block", "gạch lát vỉa hè"],
        ["unfired bricks", "ceramic tiles", "roof tiles", "pavers", "concrete blocks"],
    ),
    "windows": (
        ["cửa nhôm kính", "cửa nhựa lõi thép", "vách kính", "nhôm định hình", "cửa cuốn"],
        ["aluminium windows", "uPVC windows", "curtain walls", "aluminium profiles", "doors and windows"],
    ),
    "glass_panels": (
        ["kính cường lực", "kính hộp", "kính dán an toàn", "kính phản quang"],
        ["tempered glass", "insulated glass units", "laminated glass", "toughened glass"],
    ),
    "plaster_mouldings": (
        ["phào chỉ thạch cao", "trần thạch cao", "phào PU", "hoa văn thạch cao"],
        ["plaster mouldings", "cornices", "ceiling panels", "decorative mouldings"],
    ),
    "lacquerware": (
        ["tranh sơn mài", "hộp sơn mài", "bình sơn mài", "khay sơn mài", "đồ sơn mài"],
        ["lacquer paintings", "lacquer boxes", "lacquerware vases", "lacquer trays", "lacquerware"],
    ),
    "baskets": (
        ["giỏ mây", "đồ mây tre đan", "bàn ghế mây", "khay tre", "làn cói"],
        ["rattan baskets", "bamboo baskets", "rattan furniture", "woven trays", "storage baskets"],
    ),
    "ceramics": (
        ["bình gốm", "bát đĩa sứ", "gốm men lam", "chậu gốm", "gốm men rạn"],
        ["ceramic vases", "porcelain tableware", "glazed pottery", "ceramic planters", "crackle-glaze pottery"],
    ),
    "embroidery_art": (
        ["tranh thêu", "khăn thêu", "vỏ gối thêu", "khăn trải bàn thêu"],
        ["embroidered pictures", "embroidered linens", "cushion covers", "embroidered tablecloths"],
    ),
    "wood_art": (
        ["đồ gỗ mỹ nghệ", "tượng gỗ", "bát gỗ", "lọ hoa gỗ", "hộp gỗ"],
        ["wooden handicrafts", "wood carvings", "turned wooden bowls", "wooden boxes", "wooden vases"],
    ),
    "bronze_art": (
        ["tượng đồng", "chuông đồng", "lư hương", "đồ đồng thờ cúng", "trống đồng"],
        ["bronze statues", "bronze bells", "incense burners", "bronze drums"],
    ),
}

# Processes: key -> dict(sector, vi, en, materials, products, neighbours, name words, equipment sentences).
P = {}


def _process(key, sector, vi, en, materials, products, neighbours, name, kit_vi, kit_en):
    P[key] = {
        "sector": sector,
        "vi": vi,
        "en": en,
        "materials": materials,
        "products": products,
        "neighbours": neighbours,
        "name": name,
        "kit_vi": kit_vi,
        "kit_en": kit_en,
    }


M, E, IT, T, F, C, B, H = (
    "mechanical",
    "electrical-electronics",
    "it",
    "textile-garment-footwear",
    "food-processing",
    "chemicals-rubber-plastics-pharma",
    "construction-materials",
    "handicrafts",
)

_process(
    "turning",
    M,
    ["tiện CNC", "gia công tiện CNC", "tiện tự động", "tiện chính xác", "gia công tiện", "tiện phay CNC"],
    ["CNC turning", "CNC lathe work", "precision turning", "Swiss-type turning", "turned parts"],
    ["steel", "stainless", "brass", "aluminium", "copper", "pom"],
    ["fittings", "shafts_pins", "precision_parts", "moto_parts"],
    ["milling", "forging"],
    ("Cơ khí Chính xác", "Precision Machining"),
    [
        "Xưởng có 30 máy tiện CNC Citizen, Star và máy tiện tự động cam.",
        "Máy tiện CNC Okuma, Mazak nhập khẩu từ Nhật Bản.",
    ],
    ["Our shop runs 30 Citizen and Star sliding-head lathes.", "Equipment: Mazak and Okuma CNC lathes."],
)
_process(
    "milling",
    M,
    ["phay CNC", "gia công phay", "trung tâm gia công CNC", "phay 5 trục", "gia công cắt gọt CNC", "gia công CNC"],
    ["CNC milling", "machining centre work", "5-axis milling", "CNC machining", "milled parts"],
    ["aluminium", "steel", "stainless", "tool_steel", "pom"],
    ["precision_parts", "jigs_fixtures", "brackets", "moto_parts"],
    ["turning", "mould_making"],
    ("Cơ khí Chính xác", "Precision Engineering"),
    ["Trang bị 12 trung tâm gia công Haas, Brother, Makino và máy đo CMM.", "Có máy phay CNC 4 trục, 5 trục DMG Mori."],
    [
        "We operate 12 Haas and Brother vertical machining centres and a CMM.",
        "5-axis DMG Mori machines, CMM inspection.",
    ],
)
_process(
    "stamping",
    M,
    ["dập", "dập nguội", "dập vuốt", "dập liên hoàn", "đột dập", "dập khuôn", "dập kim loại"],
    ["metal stamping", "deep drawing", "progressive die stamping", "press work", "pressed parts"],
    ["sheet_steel", "stainless", "aluminium", "copper"],
    ["brackets", "deep_drawn", "moto_parts"],
    ["sheet_metal", "mould_making"],
    ("Cơ khí Dập", "Metal Pressing"),
    ["Dãy máy dập Amada, Aida từ 60 đến 400 tấn, có cấp phôi tự động.", "Máy đột dập 45-300 tấn, tự làm khuôn dập."],
    [
        "Press line of Amada and Aida presses from 60 to 400 t with coil feeders.",
        "Presses 45-300 t, in-house die shop.",
    ],
)
_process(
    "sheet_metal",
    M,
    ["gia công kim loại tấm", "cắt laser", "chấn gấp", "gò hàn", "cắt laser CNC", "chấn tôn", "gia công tôn tấm"],
    ["sheet metal fabrication", "laser cutting", "CNC bending", "press brake forming", "sheet metal work"],
    ["sheet_steel", "stainless", "aluminium"],
    ["enclosures", "brackets", "steel_frames"],
    ["stamping", "welding", "powder_coating"],
    ("Cơ khí", "Metal Fabrication"),
    ["Máy cắt laser fiber 6kW Bystronic, máy chấn CNC Amada 4m.", "Có máy cắt laser, máy chấn thủy lực, máy đột CNC."],
    ["6 kW fibre laser, Amada CNC press brakes up to 4 m.", "Laser cutting, CNC punching and bending under one roof."],
)
_process(
    "welding",
    M,
    ["hàn", "hàn MIG", "hàn TIG", "hàn robot", "hàn khung", "hàn điểm"],
    ["welding", "MIG/TIG welding", "robotic welding", "welded assemblies", "spot welding"],
    ["steel", "stainless", "aluminium"],
    ["steel_frames", "enclosures", "jigs_fixtures"],
    ["sheet_metal", "steel_structures"],
    ("Cơ khí Hàn", "Welding"),
    ["Thợ hàn có chứng chỉ 3G, 6G; 4 robot hàn Panasonic.", "Xưởng hàn với máy hàn MIG, TIG Lincoln, Jasic."],
    ["Certified 3G/6G welders and 4 Panasonic welding robots.", "MIG and TIG welding stations, Lincoln equipment."],
)
_process(
    "die_casting",
    M,
    ["đúc áp lực", "đúc nhôm áp lực", "đúc khuôn kim loại", "đúc nhôm", "đúc áp lực cao"],
    ["die casting", "aluminium die casting", "HPDC", "zinc die casting", "pressure die casting"],
    ["alu_cast", "zinc_alloy"],
    ["cast_housings", "moto_parts"],
    ["forging", "milling"],
    ("Đúc", "Die Casting"),
    ["Máy đúc áp lực Toshiba, Buhler 250-800 tấn.", "Lò nấu nhôm, máy đúc áp lực 280-650 tấn, xưởng gia công sau đúc."],
    [
        "Toshiba and Buhler die-casting cells from 250 to 800 t.",
        "280-650 t cold-chamber machines, post-machining line.",
    ],
)
_process(
    "forging",
    M,
    ["rèn", "rèn dập nóng", "dập nóng", "rèn khuôn", "rèn tự do"],
    ["hot forging", "closed-die forging", "forged parts", "drop forging"],
    ["steel", "brass", "aluminium"],
    ["forged_parts", "fittings", "fasteners", "moto_parts"],
    ["die_casting", "turning"],
    ("Rèn Dập", "Forging"),
    ["Máy búa rèn 1-3 tấn, lò nung cao tần.", "Máy ép rèn ma sát 300-1000 tấn."],
    ["Forging hammers 1-3 t with induction heaters.", "Friction screw presses 300-1,000 t."],
)
_process(
    "galvanizing",
    M,
    ["mạ kẽm nhúng nóng", "mạ nhúng nóng", "nhúng kẽm nóng", "mạ kẽm nóng"],
    ["hot-dip galvanizing", "HDG", "hot dip galvanising", "galvanizing"],
    ["steel"],
    ["steel_frames", "fasteners"],
    ["electroplating", "powder_coating"],
    ("Mạ kẽm", "Galvanizing"),
    ["Bể kẽm dài 12m, công suất 3.000 tấn/tháng.", "Dây chuyền nhúng kẽm nóng theo ASTM A123."],
    ["12 m zinc kettle, 3,000 t a month.", "Hot-dip line to ASTM A123 / ISO 1461."],
)
_process(
    "electroplating",
    M,
    ["xi mạ", "mạ điện", "mạ niken", "mạ crom", "mạ kẽm điện phân", "xi mạ kẽm", "mạ thiếc"],
    ["electroplating", "nickel plating", "zinc plating", "chrome plating", "tin plating"],
    ["steel", "brass", "copper"],
    ["fasteners", "fittings", "moto_parts"],
    ["galvanizing", "anodizing"],
    ("Xi mạ", "Plating"),
    [
        "Dây chuyền mạ treo và mạ quay bán tự động, hệ thống xử lý nước thải đạt QCVN.",
        "Bể mạ niken, crom, kẽm trắng xanh.",
    ],
    ["Rack and barrel plating lines with on-site wastewater treatment.", "Nickel, chrome and zinc (trivalent) baths."],
)
_process(
    "powder_coating",
    M,
    ["sơn tĩnh điện", "phun sơn tĩnh điện", "sơn bột tĩnh điện", "son tinh dien"],
    ["powder coating", "electrostatic powder painting", "powder coated finish", "powder paint line"],
    ["sheet_steel", "steel", "aluminium"],
    ["enclosures", "steel_frames", "brackets"],
    ["galvanizing", "sheet_metal"],
    ("Sơn tĩnh điện", "Coating"),
    [
        "Dây chuyền sơn tĩnh điện tự động, lò sấy 200 độ, xử lý bề mặt phốt phát.",
        "Buồng phun sơn bột Gema, lò sấy dài 30m.",
    ],
    ["Automatic powder line with phosphating pre-treatment and 200 C curing oven.", "Gema powder booths, 30 m oven."],
)
_process(
    "anodizing",
    M,
    ["anot hóa", "anode nhôm", "xi anode", "anodizing nhôm", "mạ anode"],
    ["anodizing", "anodising", "hard anodizing", "anodized finish"],
    ["aluminium"],
    ["precision_parts", "brackets"],
    ["electroplating", "powder_coating"],
    ("Xử lý Bề mặt", "Surface Finishing"),
    ["Bể anode cứng, anode màu đen, bạc.", "Dây chuyền anot hóa nhôm, nhuộm màu."],
    ["Hard and colour anodizing tanks.", "Type II and type III anodizing line."],
)
_process(
    "mould_making",
    M,
    ["chế tạo khuôn mẫu", "làm khuôn", "thiết kế chế tạo khuôn", "gia công khuôn", "khuôn mẫu"],
    ["mould making", "tool and die making", "mold design and fabrication", "toolmaking"],
    ["tool_steel"],
    ["moulds"],
    ["milling", "injection", "stamping"],
    ("Khuôn mẫu", "Mould & Die"),
    [
        "Máy EDM Sodick, máy cắt dây, phần mềm thiết kế khuôn NX, Moldflow.",
        "Xưởng khuôn với máy phay CNC tốc độ cao và EDM.",
    ],
    ["Sodick EDM and wire-cut, NX and Moldflow design.", "High-speed CNC milling and EDM for tooling."],
)
_process(
    "heat_treatment",
    M,
    ["nhiệt luyện", "tôi cao tần", "thấm cacbon", "tôi chân không", "ram tôi"],
    ["heat treatment", "induction hardening", "carburizing", "vacuum hardening"],
    ["steel", "tool_steel"],
    ["shafts_pins", "fasteners"],
    ["forging"],
    ("Nhiệt luyện", "Heat Treatment"),
    ["Lò thấm cacbon liên tục, máy tôi cao tần.", "Lò chân không, máy đo độ cứng Rockwell."],
    ["Continuous carburizing furnace and induction hardening.", "Vacuum furnaces, Rockwell testing."],
)
_process(
    "smt",
    E,
    ["dán linh kiện SMT", "hàn dán bề mặt", "lắp ráp bo mạch", "gia công SMT", "cắm linh kiện DIP", "hàn bo mạch"],
    ["SMT assembly", "PCB assembly", "PCBA", "surface-mount assembly", "through-hole assembly", "EMS"],
    ["pcb_mat"],
    ["pcba"],
    ["led_assembly"],
    ("Điện tử", "Electronics"),
    [
        "3 line SMT Fuji NXT, Panasonic, máy AOI, lò reflow 10 vùng nhiệt.",
        "Dây chuyền SMT Yamaha, máy hàn sóng, kiểm tra AOI.",
    ],
    ["Three Fuji NXT SMT lines, AOI and 10-zone reflow.", "Yamaha SMT lines, wave soldering, AOI and ICT."],
)
_process(
    "wire_harness",
    E,
    ["lắp ráp dây điện", "bó dây điện", "sản xuất dây điện", "gia công dây điện", "bấm đầu cos", "lắp ráp dây cáp"],
    ["wire harness assembly", "cable assembly", "wiring looms", "crimping", "wire harness"],
    ["copper_wire", "pvc"],
    ["auto_harness", "appliance_harness"],
    ["coil_winding", "panel_assembly"],
    ("Điện tử", "Wiring Systems"),
    [
        "Máy cắt tuốt dây tự động Komax, máy bấm cos, bàn test thông mạch.",
        "Máy bấm đầu cos Shinmaywa, bàn lắp ráp, máy test.",
    ],
    [
        "Komax cut-strip-crimp machines and continuity test boards.",
        "Shinmaywa crimpers, assembly boards, electrical testers.",
    ],
)
_process(
    "coil_winding",
    E,
    ["quấn biến áp", "quấn cuộn dây", "quấn mô tơ", "sản xuất biến áp", "quấn dây đồng"],
    ["coil winding", "transformer manufacturing", "inductor winding", "magnetics"],
    ["copper_wire"],
    ["transformers"],
    ["wire_harness"],
    ("Thiết bị Điện", "Magnetics"),
    ["Máy quấn dây tự động Nittoku, lò sấy tẩm vecni.", "Máy quấn biến áp CNC, tủ tẩm sấy chân không."],
    ["Nittoku automatic winders and varnish impregnation.", "CNC winders and vacuum impregnation."],
)
_process(
    "panel_assembly",
    E,
    ["lắp ráp tủ điện", "tủ bảng điện", "đấu nối tủ điện", "thi công tủ điện", "sản xuất tủ điện"],
    ["switchgear assembly", "control panel building", "electrical cabinet assembly", "panel wiring"],
    ["sheet_steel", "copper"],
    ["switchboards"],
    ["wire_harness", "sheet_metal"],
    ("Thiết bị Điện", "Electrical Engineering"),
    [
        "Thiết kế và lắp ráp tủ điện theo IEC 61439, thiết bị ABB, Schneider.",
        "Xưởng lắp tủ điện hạ thế, gia công thanh cái đồng.",
    ],
    ["Panels built to IEC 61439 with ABB and Schneider gear.", "LV switchboard workshop with busbar machining."],
)
_process(
    "led_assembly",
    E,
    ["sản xuất đèn LED", "lắp ráp đèn LED", "chiếu sáng LED", "sản xuất thiết bị chiếu sáng"],
    ["LED lighting manufacturing", "luminaire assembly", "LED fixtures", "lighting products"],
    ["aluminium", "pcb_mat"],
    ["luminaires"],
    ["smt"],
    ("Chiếu sáng", "Lighting"),
    ["Phòng đo quang cầu tích phân, máy lão hóa đèn.", "Dây chuyền lắp đèn LED, thử nghiệm IP66."],
    ["Integrating-sphere photometry and burn-in racks.", "LED assembly line, IP66 testing."],
)
_process(
    "embedded",
    IT,
    ["lập trình nhúng", "phát triển phần mềm nhúng", "thiết kế mạch và firmware", "lập trình vi điều khiển"],
    ["embedded software development", "firmware development", "embedded C", "microcontroller programming"],
    [],
    ["firmware", "iot_sys"],
    ["iot"],
    ("Công nghệ", "Embedded Systems"),
    ["Đội ngũ 40 kỹ sư nhúng, kinh nghiệm STM32, ESP32, nRF.", "Làm việc với ARM Cortex-M, RTOS, Bluetooth LE."],
    ["40 embedded engineers (STM32, ESP32, nRF52).", "ARM Cortex-M, FreeRTOS, BLE and LoRa."],
)
_process(
    "mes",
    IT,
    [
        "phần mềm quản lý sản xuất",
        "triển khai MES",
        "phát triển phần mềm ERP",
        "số hóa nhà máy",
        "chuyển đổi số sản xuất",
    ],
    ["MES implementation", "manufacturing software", "ERP customisation", "factory digitalisation"],
    [],
    ["mes_sw"],
    ["iot", "testing"],
    ("Phần mềm", "Software"),
    ["Đã triển khai MES cho nhà máy điện tử, cơ khí, dệt may.", "Đối tác triển khai SAP Business One, Odoo."],
    ["MES deployed in electronics, machining and garment plants.", "SAP Business One and Odoo partner."],
)
_process(
    "iot",
    IT,
    ["giải pháp IoT", "tích hợp SCADA", "tự động hóa nhà máy", "giám sát từ xa", "kết nối máy móc"],
    ["industrial IoT", "SCADA integration", "factory automation", "remote monitoring", "OEE monitoring"],
    [],
    ["iot_sys"],
    ["embedded", "mes"],
    ("Tự động hóa", "Automation"),
    ["Tích hợp PLC Mitsubishi, Siemens, giao thức OPC UA, MQTT.", "Đội kỹ sư tự động hóa và IoT."],
    ["PLC integration (Mitsubishi, Siemens), OPC UA and MQTT.", "Automation and IoT engineering team."],
)
_process(
    "testing",
    IT,
    ["kiểm thử phần mềm", "gia công phần mềm", "outsourcing phần mềm", "kiểm thử tự động"],
    ["software testing", "QA outsourcing", "offshore software development", "test automation"],
    [],
    ["test_services", "mes_sw"],
    ["mes"],
    ("Phần mềm", "Software"),
    ["Trung tâm kiểm thử 80 kỹ sư, Selenium, Appium.", "Đội ngũ lập trình viên tiếng Nhật."],
    ["80 QA engineers, Selenium and Appium.", "Japanese-speaking development teams."],
)
_process(
    "sewing",
    T,
    [
        "may gia công",
        "may gia công hàng xuất khẩu",
        "nhận may CMT",
        "may mặc",
        "cắt may",
        "may đo đồng phục",
        "gia công may",
    ],
    ["garment manufacturing", "CMT sewing", "cut-make-trim", "apparel production", "garment making"],
    ["cotton", "polyester", "denim"],
    ["shirts", "knitwear"],
    ["knitting", "embroidery_print", "leather_goods"],
    ("May mặc", "Garment"),
    ["Xưởng 12 chuyền may, 450 máy may Juki, Brother.", "Có 8 chuyền may, máy cắt tự động, máy vắt sổ, máy trần đè."],
    ["12 sewing lines with 450 Juki machines.", "8 lines, automatic cutting, overlock and coverstitch machines."],
)
_process(
    "knitting",
    T,
    ["dệt kim", "dệt vải", "dệt nhuộm", "dệt kim tròn", "nhuộm hoàn tất"],
    ["knitting", "fabric weaving", "dyeing and finishing", "circular knitting"],
    ["cotton", "polyester"],
    ["fabric", "knitwear"],
    ["sewing"],
    ("Dệt", "Textile"),
    ["Máy dệt kim tròn Mayer, máy nhuộm cao áp.", "Khung dệt kiếm, nhà máy nhuộm công suất 10 tấn/ngày."],
    ["Mayer circular knitting machines and jet dyeing.", "Rapier looms, 10 t/day dye house."],
)
_process(
    "embroidery_print",
    T,
    ["thêu vi tính", "in lụa", "in chuyển nhiệt", "in logo lên áo", "thêu logo"],
    ["computer embroidery", "screen printing", "heat transfer printing", "logo embroidery"],
    ["cotton", "polyester"],
    ["shirts", "knitwear"],
    ["sewing"],
    ("In Thêu", "Embroidery & Print"),
    ["20 máy thêu Tajima 12 đầu, bàn in lụa tự động.", "Máy thêu vi tính Tajima, máy in chuyển nhiệt."],
    [
        "Twenty 12-head Tajima embroidery machines, automatic screen printing.",
        "Tajima embroidery and heat-transfer presses.",
    ],
)
_process(
    "footwear",
    T,
    ["sản xuất giày", "gia công giày dép", "gia công mũ giày", "ép đế giày", "may mũ giày"],
    ["footwear manufacturing", "shoe making", "shoe upper stitching", "outsole moulding"],
    ["leather", "pu_leather", "natural_rubber"],
    ["shoes"],
    ["leather_goods"],
    ("Giày da", "Footwear"),
    ["4 chuyền gò giày, máy ép đế, máy may trụ.", "Xưởng may mũ giày 200 công nhân."],
    ["Four lasting lines, sole presses and post-bed machines.", "Upper stitching workshop, 200 workers."],
)
_process(
    "leather_goods",
    T,
    ["sản xuất đồ da", "gia công túi xách", "may túi da", "làm đồ da thủ công", "may ba lô"],
    ["leather goods manufacturing", "bag making", "handbag production", "leathercraft"],
    ["leather", "pu_leather", "polyester"],
    ["bags", "pet_goods"],
    ["footwear", "sewing"],
    ("Đồ da", "Leather"),
    ["Máy lạng da, máy dập cắt thủy lực, thợ da lành nghề.", "Xưởng may túi 6 chuyền."],
    ["Leather skiving and hydraulic clicking presses.", "Six bag-sewing lines."],
)
_process(
    "fruit_drying",
    F,
    ["sấy hoa quả", "sấy dẻo", "sấy thăng hoa", "chế biến rau quả", "sấy lạnh", "sấy khô trái cây"],
    ["fruit drying", "freeze drying", "fruit and vegetable processing", "dehydration"],
    ["mango", "lychee", "banana"],
    ["dried_fruit"],
    ["juice", "co_packing"],
    ("Nông sản", "Agro Foods"),
    ["Máy sấy thăng hoa 500 kg/mẻ, kho lạnh 200 tấn.", "Hệ thống sấy lạnh, vùng nguyên liệu Sơn La, Yên Châu."],
    ["500 kg/batch freeze dryers, 200 t cold store.", "Heat-pump dryers, own raw-material area in Son La."],
)
_process(
    "juice",
    F,
    ["sản xuất nước ép", "ép trái cây", "chế biến nước quả", "đóng hộp trái cây", "cô đặc nước quả"],
    ["juice production", "cold-pressed juice", "fruit canning", "puree processing", "juice concentrate"],
    ["mango", "lychee", "banana"],
    ["fruit_puree"],
    ["fruit_drying"],
    ("Thực phẩm", "Beverages"),
    ["Dây chuyền ép, thanh trùng UHT, chiết rót vô trùng.", "Nhà máy đồ hộp công suất 5.000 tấn/năm."],
    ["Pressing, UHT pasteurisation and aseptic filling.", "Canning plant, 5,000 t a year."],
)
_process(
    "coffee_tea",
    F,
    ["rang xay cà phê", "chế biến chè", "sao chè", "rang cà phê", "chế biến trà"],
    ["coffee roasting", "tea processing", "instant coffee production", "tea blending"],
    ["coffee_bean", "tea_leaf"],
    ["roasted_coffee", "tea_products"],
    ["co_packing"],
    ("Cà phê", "Coffee & Tea"),
    ["Máy rang Probat 120 kg/mẻ, máy xay công nghiệp.", "Xưởng sao chè, máy vò chè, sấy chè."],
    ["Probat 120 kg roasters and industrial grinders.", "Tea withering, rolling and drying."],
)
_process(
    "seafood",
    F,
    ["chế biến thủy sản", "cấp đông", "chế biến hải sản đông lạnh", "phi lê cá", "cấp đông IQF"],
    ["seafood processing", "IQF freezing", "frozen seafood", "fish filleting"],
    ["shrimp", "fish"],
    ["frozen_seafood"],
    ["co_packing"],
    ("Thủy sản", "Seafood"),
    ["Tủ cấp đông IQF, kho lạnh -25 độ.", "Phân xưởng lột tôm, hấp, cấp đông băng chuyền."],
    ["IQF tunnel freezers and -25 C cold storage.", "Peeling, cooking and tunnel freezing."],
)
_process(
    "confectionery",
    F,
    ["sản xuất bánh kẹo", "làm bánh", "chế biến bánh kẹo", "nướng bánh"],
    ["confectionery production", "bakery", "biscuit manufacturing", "candy making"],
    [],
    ["confectionery"],
    ["co_packing"],
    ("Bánh kẹo", "Confectionery"),
    ["Lò nướng tunnel 60m, máy đóng gói tự động.", "Dây chuyền kẹo cứng, kẹo mềm."],
    ["60 m tunnel oven, automatic wrapping.", "Hard and soft candy lines."],
)
_process(
    "co_packing",
    F,
    ["đóng gói thực phẩm", "gia công đóng gói", "đóng gói OEM", "chiết rót đóng gói", "gia công thực phẩm"],
    ["contract packing", "co-packing", "OEM food packaging", "private label packing"],
    [],
    ["roasted_coffee", "tea_products", "dried_fruit", "confectionery"],
    ["coffee_tea", "fruit_drying"],
    ("Thực phẩm", "Food Packing"),
    ["Máy đóng gói túi lọc IMA, máy đóng gói dạng đứng.", "Phòng sạch đóng gói, máy dò kim loại."],
    ["IMA tea-bag machines and VFFS packers.", "Hygienic packing hall with metal detectors."],
)
_process(
    "injection",
    C,
    ["ép phun nhựa", "ép nhựa", "đúc nhựa", "ép phun", "gia công ép nhựa", "ép nhựa kỹ thuật"],
    [
        "plastic injection moulding",
        "injection molding",
        "moulded plastic parts",
        "two-shot moulding",
        "plastic moulding",
    ],
    ["abs", "pp", "pc", "pa", "pom"],
    ["plastic_housings", "plastic_household", "moto_parts"],
    ["mould_making", "blow_moulding", "rubber_moulding"],
    ("Nhựa", "Plastics"),
    [
        "45 máy ép nhựa Haitian, JSW, Toshiba từ 80 đến 850 tấn, robot gắp sản phẩm.",
        "Máy ép phun 100-450 tấn, máy sấy hạt.",
    ],
    [
        "45 Haitian, JSW and Toshiba presses from 80 to 850 t with pick-and-place robots.",
        "100-450 t presses, resin dryers.",
    ],
)
_process(
    "blow_moulding",
    C,
    ["thổi chai nhựa", "thổi khuôn", "thổi nhựa", "ép thổi", "thổi can nhựa"],
    ["blow moulding", "extrusion blow moulding", "PET bottle blowing", "stretch blow moulding"],
    ["pet", "hdpe", "pp"],
    ["bottles"],
    ["injection", "extrusion"],
    ("Nhựa", "Packaging"),
    ["Máy thổi chai tự động 4 khoang, máy thổi can 30 lít.", "Máy thổi PET Chumpower, máy ép phôi."],
    ["Four-cavity automatic stretch-blow machines.", "Chumpower PET blowers and preform presses."],
)
_process(
    "extrusion",
    C,
    ["đùn ống nhựa", "ép đùn", "đùn nhựa định hình", "đùn profile"],
    ["plastic extrusion", "profile extrusion", "pipe extrusion", "extruded profiles"],
    ["pvc", "hdpe", "pp"],
    ["pipes_profiles"],
    ["blow_moulding", "film"],
    ("Nhựa", "Extrusion"),
    ["5 dây chuyền đùn ống PVC, HDPE.", "Máy đùn trục vít đôi, khuôn profile."],
    ["Five PVC and HDPE pipe lines.", "Twin-screw extruders and profile dies."],
)
_process(
    "film",
    C,
    ["thổi màng", "sản xuất túi nilon", "in ống đồng bao bì", "bao bì màng ghép", "in bao bì, ép nhũ"],
    ["film blowing", "flexible packaging", "rotogravure printing", "laminated pouches", "hot foil stamping"],
    ["pe_film", "pp"],
    ["flexible_packaging"],
    ["extrusion"],
    ("Bao bì", "Packaging"),
    ["Máy thổi màng 3 lớp, máy in ống đồng 8 màu, máy ghép màng.", "Máy in flexo, máy cắt dán túi."],
    ["Three-layer film blowing, 8-colour rotogravure, laminators.", "Flexo printing and bag-making machines."],
)
_process(
    "rubber_moulding",
    C,
    ["ép cao su", "lưu hóa cao su", "gia công cao su kỹ thuật", "đúc cao su", "cán luyện cao su"],
    ["rubber moulding", "compression moulding", "rubber vulcanising", "technical rubber parts"],
    ["epdm", "nbr", "silicone", "natural_rubber"],
    ["gaskets", "rubber_tech"],
    ["injection"],
    ("Cao su", "Rubber"),
    [
        "Máy ép cao su thủy lực 100-300 tấn, máy cán luyện 2 trục.",
        "Máy ép cao su chân không, phòng thí nghiệm lưu biến.",
    ],
    ["Hydraulic rubber presses 100-300 t, two-roll mills.", "Vacuum rubber presses, rheometer lab."],
)
_process(
    "paint_mfg",
    C,
    ["sản xuất sơn", "sản xuất bột sơn tĩnh điện", "pha chế sơn", "sản xuất hóa chất", "sản xuất sơn chống thấm"],
    ["paint manufacturing", "powder paint production", "coatings formulation", "chemical manufacturing"],
    [],
    ["paints"],
    [],
    ("Sơn", "Paints"),
    ["Nhà máy sản xuất bột sơn 3.000 tấn/năm, máy đùn, máy nghiền.", "Phòng thí nghiệm pha màu."],
    ["3,000 t/year powder paint plant with extruders and mills.", "Colour-matching laboratory."],
)
_process(
    "pharma_solid",
    C,
    ["sản xuất dược phẩm", "bào chế thuốc", "gia công thực phẩm chức năng", "dập viên nén", "đóng nang"],
    ["pharmaceutical manufacturing", "contract manufacturing of supplements", "tablet pressing", "capsule filling"],
    [],
    ["tablets"],
    ["pharma_sterile"],
    ("Dược phẩm", "Pharma"),
    ["Nhà máy đạt GMP, máy dập viên, máy đóng nang tự động.", "Xưởng viên nén, viên nang, viên sủi."],
    ["GMP plant with tablet presses and capsule fillers.", "Tablet, capsule and effervescent lines."],
)
_process(
    "pharma_sterile",
    C,
    ["sản xuất thuốc tiêm", "pha chế dịch truyền", "đóng ống tiêm", "sản xuất thuốc vô trùng"],
    ["sterile injectables", "infusion manufacturing", "ampoule filling", "aseptic fill-finish"],
    [],
    ["injectables"],
    ["pharma_solid"],
    ("Dược phẩm", "Pharmaceuticals"),
    ["Phòng sạch cấp A/B, máy chiết ống tiêm.", "Dây chuyền dịch truyền chai nhựa."],
    ["Grade A/B cleanrooms and ampoule fillers.", "Infusion line in plastic bottles."],
)
_process(
    "precast",
    B,
    ["bê tông đúc sẵn", "sản xuất cấu kiện bê tông", "bê tông ly tâm", "đúc cống bê tông"],
    ["precast concrete", "spun concrete", "precast elements", "concrete products"],
    ["cement"],
    ["precast"],
    ["bricks"],
    ("Bê tông", "Concrete"),
    ["Trạm trộn 120 m3/h, bãi đúc 2 ha.", "Máy quay ly tâm cọc, cẩu trục 20 tấn."],
    ["120 m3/h batching plant, 2 ha casting yard.", "Spinning machines for piles, 20 t gantry cranes."],
)
_process(
    "bricks",
    B,
    ["sản xuất gạch", "gạch không nung", "sản xuất gạch ốp lát", "nung gạch", "ép gạch block"],
    ["brick making", "tile production", "unfired brick production", "block making"],
    ["cement", "clay"],
    ["bricks_tiles"],
    ["precast"],
    ("Vật liệu Xây dựng", "Building Materials"),
    ["Máy ép gạch block tự động 10 triệu viên/năm.", "Lò tuynel, dây chuyền men."],
    ["Automatic block presses, 10 million units a year.", "Tunnel kiln and glazing line."],
)
_process(
    "steel_structures",
    B,
    ["kết cấu thép", "nhà thép tiền chế", "thi công nhà xưởng", "gia công kết cấu thép", "nhà khung thép"],
    ["steel structure fabrication", "pre-engineered buildings", "structural steelwork", "PEB"],
    ["steel"],
    ["steel_frames"],
    ["welding", "galvanizing"],
    ("Kết cấu Thép", "Steel Structure"),
    ["Nhà máy kết cấu 10.000 tấn/năm, dây chuyền hàn dầm tổ hợp.", "Máy cắt CNC plasma, dây chuyền hàn H-beam."],
    ["10,000 t/year fabrication shop, H-beam welding line.", "CNC plasma cutting and beam assembly."],
)
_process(
    "alu_glass",
    B,
    ["cửa nhôm kính", "thi công nhôm kính", "đùn nhôm định hình", "gia công cửa nhựa", "sản xuất cửa nhôm"],
    ["aluminium windows and doors", "aluminium extrusion", "curtain wall", "uPVC windows", "window fabrication"],
    ["aluminium", "glass", "pvc"],
    ["windows", "glass_panels"],
    ["glass_processing"],
    ("Nhôm kính", "Windows"),
    ["Xưởng gia công cửa với máy cắt 2 đầu, máy ép góc.", "Máy đùn nhôm 1.800 tấn, dây chuyền sơn nhôm."],
    ["Double-head saws and corner crimpers.", "1,800 t extrusion press."],
)
_process(
    "glass_processing",
    B,
    ["kính cường lực", "gia công kính", "tôi kính", "sản xuất kính hộp", "cắt mài kính"],
    ["glass tempering", "glass processing", "laminated glass", "insulated glass"],
    ["glass"],
    ["glass_panels"],
    ["alu_glass"],
    ("Kính", "Glass"),
    ["Lò tôi kính Northglass, máy mài cạnh.", "Dây chuyền kính hộp, kính dán."],
    ["Northglass tempering furnace, edging machines.", "IGU and laminating lines."],
)
_process(
    "plaster",
    B,
    ["phào chỉ thạch cao", "đúc phào chỉ", "trần thạch cao", "làm phào chỉ"],
    ["plaster mouldings", "decorative cornice moulding", "gypsum ceiling", "plaster casting"],
    ["gypsum"],
    ["plaster_mouldings"],
    [],
    ("Trang trí Nội thất", "Interior Decor"),
    ["Xưởng đổ khuôn phào chỉ, hàng nghìn mẫu hoa văn.", "Thợ đắp phào chỉ lành nghề."],
    ["Casting workshop with thousands of cornice patterns.", "Skilled plaster craftsmen."],
)
_process(
    "lacquer",
    H,
    ["sơn mài", "làm tranh sơn mài", "đồ sơn mài", "khảm trai", "sơn son thếp vàng"],
    ["lacquerware", "lacquer painting", "mother-of-pearl inlay", "gilded lacquer"],
    ["lacquer_mat", "wood", "bamboo"],
    ["lacquerware"],
    ["wood_craft"],
    ("Sơn mài", "Lacquer"),
    ["Nghệ nhân làng nghề Hạ Thái, sản phẩm vẽ tay.", "Quy trình 12 lớp sơn, mài thủ công."],
    ["Artisans from Ha Thai village, hand painted.", "Twelve coats, hand-polished."],
)
_process(
    "rattan",
    H,
    ["mây tre đan", "đan lát", "đan mây", "đan lục bình", "đan cói"],
    ["rattan weaving", "bamboo weaving", "basketry", "wicker work"],
    ["rattan", "bamboo"],
    ["baskets"],
    [],
    ("Mây tre", "Rattan & Bamboo"),
    ["Mạng lưới 300 hộ thợ đan tại Phú Vinh, Chương Mỹ.", "Xưởng hấp sấy chống mốc."],
    ["Network of 300 weaving households in Phu Vinh.", "Anti-mould steaming and drying."],
)
_process(
    "pottery",
    H,
    ["gốm sứ", "làm gốm", "gốm Bát Tràng", "nung gốm", "vẽ gốm"],
    ["ceramic pottery", "stoneware", "porcelain making", "glazed ceramics"],
    ["clay"],
    ["ceramics"],
    [],
    ("Gốm sứ", "Ceramics"),
    ["Lò nung gas 1.250 độ tại Bát Tràng.", "Xưởng tạo hình, men màu tự pha."],
    ["1,250 C gas kilns in Bat Trang.", "Own glaze recipes."],
)
_process(
    "hand_embroidery",
    H,
    ["thêu tay", "thêu ren", "thêu truyền thống", "thêu tranh"],
    ["hand embroidery", "lace making", "needlework"],
    ["cotton", "silk"],
    ["embroidery_art"],
    [],
    ("Thêu", "Embroidery"),
    ["Làng nghề thêu Quất Động, 500 thợ thêu.", "Sản phẩm thêu tay 100%."],
    ["500 embroiderers from Quat Dong village.", "100% hand-stitched."],
)
_process(
    "wood_craft",
    H,
    ["chạm khắc gỗ", "tiện gỗ mỹ nghệ", "khắc gỗ CNC", "đồ gỗ mỹ nghệ", "tiện gỗ"],
    ["wood carving", "wood turning", "CNC wood carving", "wooden handicrafts"],
    ["wood"],
    ["wood_art"],
    ["lacquer"],
    ("Mỹ nghệ", "Woodcraft"),
    ["Máy tiện gỗ, máy khắc CNC gỗ 4 đầu.", "Thợ chạm làng nghề Sơn Đồng."],
    ["Wood lathes and a 4-head CNC router.", "Carvers from Son Dong village."],
)
_process(
    "bronze_casting",
    H,
    ["đúc đồng", "đúc đồng mỹ nghệ", "đúc tượng đồng", "mạ vàng đồ đồng", "chạm bạc"],
    ["bronze casting", "art bronze foundry", "lost-wax casting", "gilding"],
    ["bronze"],
    ["bronze_art"],
    [],
    ("Đúc đồng", "Bronze Art"),
    ["Làng nghề đúc đồng Đại Bái, Ngũ Xã.", "Đúc khuôn sáp, chạm tay."],
    ["Bronze casters from Ngu Xa village.", "Lost-wax moulds, hand chased."],
)

SECTOR_WORDS = {
    M: ("cơ khí", "mechanical engineering"),
    E: ("điện, điện tử", "electrical and electronics"),
    IT: ("công nghệ thông tin", "IT"),
    T: ("dệt may, da giầy", "textile, garment and footwear"),
    F: ("chế biến nông sản thực phẩm", "food processing"),
    C: ("hóa chất, cao su, nhựa", "chemicals, rubber and plastics"),
    B: ("vật liệu xây dựng", "construction materials"),
    H: ("thủ công mỹ nghệ", "handicrafts"),
}

# Certification pools per sector: canonical name -> the spellings suppliers use (all equal after normalisation).
CERT_SPELLINGS = {
    "ISO 9001": ["ISO 9001:2015", "ISO9001", "iso 9001", "ISO 9001:2015", "ISO 9001"],
    "ISO 14001": ["ISO 14001:2015", "ISO14001", "ISO 14001"],
    "IATF 16949": ["IATF 16949:2016", "IATF16949", "IATF 16949"],
    "ISO 13485": ["ISO 13485:2016", "ISO 13485"],
    "IPC-A-610": ["IPC-A-610", "IPC A 610"],
    "ISO 45001": ["ISO 45001:2018", "ISO 45001"],
    "HACCP": ["HACCP", "haccp"],
    "ISO 22000": ["ISO 22000:2018", "ISO22000", "ISO 22000"],
    "FSSC 22000": ["FSSC 22000", "FSSC22000"],
    "GMP-WHO": ["GMP-WHO", "GMP WHO"],
    "BSCI": ["BSCI"],
    "WRAP": ["WRAP"],
    "OEKO-TEX": ["OEKO-TEX", "Oeko-Tex"],
    "FSC": ["FSC", "fsc"],
    "SA8000": ["SA8000", "SA 8000"],
}
SECTOR_CERTS = {
    M: ["ISO 9001", "ISO 14001", "IATF 16949", "ISO 45001"],
    E: ["ISO 9001", "ISO 14001", "IPC-A-610", "IATF 16949"],
    IT: ["ISO 9001"],
    T: ["ISO 9001", "BSCI", "WRAP", "OEKO-TEX"],
    F: ["HACCP", "ISO 22000", "FSSC 22000"],
    C: ["ISO 9001", "ISO 14001", "ISO 13485", "GMP-WHO"],
    B: ["ISO 9001", "ISO 14001"],
    H: ["FSC", "BSCI"],
}
