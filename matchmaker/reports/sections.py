"""The report's layout: the computed figures arranged as titled tables, shared by the web page, XLSX and PDF.

Every renderer draws these same rows, so the three formats cannot disagree about a figure.
"""
from dataclasses import dataclass, field

from babel.numbers import format_decimal

from . import labels as L

FIGURE = ("Chỉ tiêu", "Figure")
VALUE = ("Giá trị", "Value")
SUPPLIERS = ("Số doanh nghiệp", "Suppliers")
SHARE = ("Tỷ lệ (%)", "Share (%)")


@dataclass
class Section:
    key: str
    sheet: str  # XLSX sheet name: at most 31 characters
    title: tuple  # (Vietnamese, English)
    columns: list  # [(Vietnamese, English), ...]
    rows: list  # [[label, value, ...], ...]
    chart: str | None = None
    notes: list = field(default_factory=list)  # [(Vietnamese, English), ...]


def display(value):
    """A cell as printed in the PDF and on the web page (Vietnamese number format: 1.234,5)."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return format_decimal(value, locale="vi")
    if isinstance(value, float):
        return format_decimal(value, format="#,##0.0", locale="vi")
    return str(value)


def build_sections(report):
    """The report dict as an ordered list of Sections."""
    return [_summary(report), _by_sector(report), _by_district(report), _certifications(report), _five_s(report),
            _key_products_by_year(report), _key_products_by_group(report), _registrations(report),
            _matchmaking(report), _requirements_by_sector(report), _shortlists(report), _events(report)]


def _row(vi, en, value):
    return [f"{vi} / {en}", value]


def _summary(report):
    s, c, k = report["suppliers"], report["certifications"], report["key_industrial_products"]
    e, r = report["events"], report["registrations"]
    enrolments = report["five_s"]["enrolments"]
    rows = [
        _row("Doanh nghiệp cung ứng (cuối kỳ)", "Suppliers at the end of the period", s["total"]),
        _row("Doanh nghiệp đăng ký mới trong kỳ", "New suppliers in the period", s["new"]),
        _row("Doanh nghiệp được Sở Công Thương xác minh", "Suppliers verified by DoIT", s["verified"]),
        _row("Tỷ lệ đã xác minh (%)", "Verified share (%)", s["verified_share"]),
        _row("Doanh nghiệp có chứng chỉ còn hiệu lực", "Suppliers with a valid certificate", c["suppliers_with_valid"]),
        _row("Doanh nghiệp có sản phẩm công nghiệp chủ lực", "Key-industrial-product companies", k["companies"]),
        _row("Đăng ký đào tạo 5S/5S3D trong kỳ", "5S/5S3D training enrolments", enrolments["enrolled"]),
        _row("Hoàn thành đào tạo 5S/5S3D trong kỳ", "5S/5S3D training completed", enrolments["completed"]),
        _row("Được chứng nhận 5S trong kỳ", "5S certified in the period", enrolments["certified"]),
        _row("Tài khoản đăng ký mới", "New user accounts", r["users"]),
        _row("Yêu cầu mua hàng đăng mới", "Requirements posted", report["requirements"]["posted"]),
        _row("Lượt xem kết quả ghép nối", "Matches viewed", report["matches_viewed"]["views"]),
        _row("Danh sách rút gọn được tạo", "Shortlists created", report["shortlists"]["created"]),
        _row("Sự kiện kết nối", "Matchmaking events", e["events"]),
        _row("Cuộc gặp đã diễn ra", "Meetings held", e["meetings_held"]),
        _row("Thỏa thuận đạt được", "Deals", e["deals"]),
        _row("Giá trị thỏa thuận (USD)", "Deal value (USD)", e["deal_value_usd"]),
    ]
    return Section("summary", "Tổng hợp", ("Số liệu chính", "Key figures"), [FIGURE, VALUE], rows)


def _by_sector(report):
    rows = [[L.pair(L.SECTORS, row["sector"]), row["total"], row["new"]] for row in report["suppliers"]["by_sector"]]
    return Section("suppliers_by_sector", "Theo ngành", ("Doanh nghiệp theo ngành", "Suppliers by sector"),
                   [("Ngành", "Sector"), SUPPLIERS, ("Mới trong kỳ", "New in the period")], rows, chart="sectors",
                   notes=[("Một doanh nghiệp có thể thuộc nhiều ngành.", "A supplier may belong to several sectors.")])


def _by_district(report):
    rows = [[L.pair({"unknown": L.UNKNOWN_DISTRICT}, row["district"]) if row["district"] == "unknown"
             else row["district"], row["total"], row["new"]] for row in report["suppliers"]["by_district"]]
    return Section("suppliers_by_district", "Theo quận huyện",
                   ("Doanh nghiệp theo quận, huyện", "Suppliers by district"),
                   [("Quận, huyện", "District"), SUPPLIERS, ("Mới trong kỳ", "New in the period")], rows,
                   chart="districts")


def _certifications(report):
    c = report["certifications"]
    rows = [[row["certification"], row["suppliers"], row["share"], row["verified"]] for row in c["coverage"]]
    return Section("certifications", "Chứng chỉ", ("Chứng chỉ còn hiệu lực", "Certification coverage"),
                   [("Chứng chỉ", "Certification"), SUPPLIERS, SHARE, ("Đã xác minh", "Verified")], rows,
                   chart="certifications", notes=[
                       (f"Tính đến ngày {c['as_of']}; {c['expired_not_counted']} chứng chỉ đã hết hạn không được tính.",
                        f"As of {c['as_of']}; {c['expired_not_counted']} expired certificates are not counted.")])


def _five_s(report):
    rows = [[L.pair(L.FIVE_S, row["level"]), row["suppliers"], row["share"]] for row in report["five_s"]["levels"]]
    return Section("five_s", "5S", ("Mức độ áp dụng 5S", "5S workplace practice"),
                   [("Mức 5S", "5S level"), SUPPLIERS, SHARE], rows, chart="five_s",
                   notes=_note(report["five_s"]["enrolments"]))


def _key_products_by_year(report):
    k = report["key_industrial_products"]
    companies = {row["year"]: row["companies"] for row in k["by_year"]}
    products = {row["year"]: row["products"] for row in k["recognitions"]["by_year"]}
    rows = [[year, companies.get(year, 0), products.get(year, 0)] for year in sorted({*companies, *products})]
    return Section("key_products_by_year", "SPCNCL theo năm",
                   ("Sản phẩm công nghiệp chủ lực theo năm công nhận", "Key industrial products by year recognised"),
                   [("Năm", "Year"), ("Doanh nghiệp", "Companies"), ("Sản phẩm (hồ sơ)", "Products (records)")],
                   rows, chart="key_products", notes=_note(k["recognitions"]))


def _key_products_by_group(report):
    k = report["key_industrial_products"]
    products = {row["sector"]: row["products"] for row in k["recognitions"]["by_product_group"]}
    rows = [[L.pair(L.SECTORS, row["sector"]), row["companies"], products.get(row["sector"], 0)]
            for row in k["by_product_group"]]
    return Section("key_products_by_group", "SPCNCL theo nhóm",
                   ("Sản phẩm công nghiệp chủ lực theo nhóm sản phẩm", "Key industrial products by product group"),
                   [("Nhóm sản phẩm", "Product group"), ("Doanh nghiệp", "Companies"),
                    ("Sản phẩm (hồ sơ)", "Products (records)")], rows)


def _registrations(report):
    roles = list(report["registrations"]["by_role"])
    rows = [[row["month"], *(row[role] for role in roles), row["total"], row["supplier_profiles"]]
            for row in report["registrations"]["by_month"]]
    columns = [("Tháng", "Month"), *(L.ROLES.get(role, (role, role)) for role in roles),
               ("Tổng tài khoản", "All accounts"), ("Hồ sơ doanh nghiệp mới", "New supplier profiles")]
    return Section("registrations", "Đăng ký theo tháng", ("Đăng ký mới theo tháng", "New registrations by month"),
                   columns, rows, chart="registrations")


def _matchmaking(report):
    q, m, s = report["requirements"], report["matches_viewed"], report["shortlists"]
    rows = [
        _row("Yêu cầu mua hàng đăng mới", "Requirements posted", q["posted"]),
        _row("Bên mua đăng yêu cầu", "Buyer organisations posting", q["buyer_organisations"]),
        _row("Yêu cầu còn mở", "Requirements still open", q["still_open"]),
        _row("Lượt xem kết quả ghép nối", "Matches viewed", m["views"]),
        _row("Người mua đã xem", "Buyers viewing matches", m["buyers"]),
        _row("Doanh nghiệp được xem", "Suppliers viewed", m["suppliers"]),
        _row("Danh sách rút gọn được tạo", "Shortlists created", s["created"]),
        _row("Doanh nghiệp được thêm vào danh sách", "Shortlist entries added", s["entries"]),
        _row("Số doanh nghiệp khác nhau được chọn", "Distinct suppliers shortlisted", s["suppliers"]),
    ]
    return Section("matchmaking", "Kết nối cung cầu", ("Hoạt động kết nối cung cầu", "Matchmaking activity"),
                   [FIGURE, VALUE], rows, notes=_note(m))


def _requirements_by_sector(report):
    rows = [[L.pair(L.SECTORS, row["sector"]), row["requirements"]] for row in report["requirements"]["by_sector"]]
    return Section("requirements_by_sector", "Yêu cầu theo ngành",
                   ("Yêu cầu mua hàng theo ngành", "Requirements by sector"),
                   [("Ngành", "Sector"), ("Yêu cầu", "Requirements")], rows)


def _shortlists(report):
    rows = [[L.pair(L.SHORTLIST_STATUSES, row["status"]), row["entries"]]
            for row in report["shortlists"]["by_status"]]
    return Section("shortlists", "Danh sách rút gọn",
                   ("Doanh nghiệp trong danh sách rút gọn theo trạng thái", "Shortlist entries by status"),
                   [("Trạng thái", "Status"), ("Số mục", "Entries")], rows)


def _events(report):
    e = report["events"]
    rows = [
        _row("Sự kiện kết nối bắt đầu trong kỳ", "Matchmaking events starting in the period", e["events"]),
        _row("Đơn vị tham gia", "Participants", e["participants"]),
        _row("Cuộc gặp đã xếp lịch", "Meetings scheduled", e["meetings_scheduled"]),
        _row("Cuộc gặp đã diễn ra", "Meetings held", e["meetings_held"]),
        _row("Vắng mặt", "No-shows", e["no_shows"]),
        _row("Thỏa thuận đạt được", "Deals", e["deals"]),
        _row("Giá trị thỏa thuận ước tính (USD)", "Estimated deal value (USD)", e["deal_value_usd"]),
    ]
    return Section("events", "Sự kiện", ("Sự kiện kết nối và kết quả", "Matchmaking events and outcomes"),
                   [FIGURE, VALUE], rows, chart="events", notes=_note(e) + [(
                       "Thỏa thuận: cuộc gặp mà ít nhất một bên báo đã đạt thỏa thuận; giá trị lấy ước tính lớn hơn.",
                       "Deals: meetings where either side reported an agreement; value is the larger estimate.")])


def _note(figures):
    return [L.NOT_RECORDED] if figures.get("note") else []
