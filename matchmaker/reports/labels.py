"""Bilingual labels of the report (Vietnamese first, English subtitle).

The six-monthly report goes to the People's Committee and the Ministry, so its content is always Vietnamese with
English subtitles whatever the reader's interface language; only the web page's controls follow the locale.
"""
SECTORS = {
    "mechanical": ("Cơ khí, chế tạo", "Mechanical engineering"),
    "electrical-electronics": ("Điện, điện tử", "Electrical and electronics"),
    "it": ("Công nghệ thông tin", "Information technology"),
    "textile-garment-footwear": ("Dệt may, da giầy", "Textiles, garments, footwear"),
    "food-processing": ("Chế biến nông sản, thực phẩm", "Agricultural and food processing"),
    "chemicals-rubber-plastics-pharma": ("Hóa chất, cao su, nhựa, dược phẩm", "Chemicals, rubber, plastics, pharma"),
    "construction-materials": ("Vật liệu xây dựng", "Construction materials"),
    "handicrafts": ("Thủ công mỹ nghệ", "Handicrafts"),
}
FIVE_S = {
    "none": ("Chưa áp dụng", "Not started"),
    "training": ("Đang đào tạo 5S/5S3D", "In 5S/5S3D training"),
    "implemented": ("Đã áp dụng", "Implemented"),
    "certified": ("Đã được chứng nhận", "Certified"),
    "unknown": ("Chưa khai báo", "Not stated"),
}
ROLES = {
    "buyer": ("Bên mua", "Buyers"),
    "supplier": ("Doanh nghiệp cung ứng", "Suppliers"),
    "staff": ("Cán bộ Sở", "DoIT staff"),
    "admin": ("Quản trị", "Admins"),
}
SHORTLIST_STATUSES = {
    "to_contact": ("Cần liên hệ", "To contact"),
    "contacted": ("Đã liên hệ", "Contacted"),
    "meeting": ("Đã hẹn gặp", "Meeting"),
    "qualified": ("Đạt yêu cầu", "Qualified"),
    "rejected": ("Không phù hợp", "Rejected"),
}
UNKNOWN_DISTRICT = ("Chưa khai báo", "Not stated")
NOT_RECORDED = ("Chưa ghi nhận: chức năng này chưa được cài đặt", "Not recorded: the feature is not installed")


def pair(labels, key):
    """'Vietnamese / English' for a code, the code itself when it has no label."""
    vi, en = labels.get(key, (key, key))
    return f"{vi} / {en}"


def vi(labels, key):
    """The Vietnamese label of a code (charts keep to one language to stay legible)."""
    return labels.get(key, (key, key))[0]
