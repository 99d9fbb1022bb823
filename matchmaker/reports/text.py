"""Fixed wording at the head of every format of the report."""
DOCUMENT_HEADER = ("Sở Công Thương Hà Nội", "Hanoi Department of Industry and Trade")
SUBJECT = ("Nền tảng kết nối doanh nghiệp công nghiệp hỗ trợ và sản phẩm công nghiệp chủ lực",
           "Supporting-industry and key-industrial-product matchmaking platform")
RECIPIENTS = ("Kính gửi: Ủy ban nhân dân thành phố Hà Nội; Bộ Công Thương",
              "To: Hanoi People's Committee; Ministry of Industry and Trade")


def period_line(date_from, date_to):
    """'Kỳ báo cáo: 01/01/2026 – 30/06/2026 / Period: 2026-01-01 to 2026-06-30'."""
    return (f"Kỳ báo cáo: {date_from:%d/%m/%Y} – {date_to:%d/%m/%Y} / "
            f"Period: {date_from.isoformat()} to {date_to.isoformat()}")
