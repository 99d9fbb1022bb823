"""The report's charts as PNG images (matplotlib's Agg backend, no display, no pyplot global state)."""
import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from . import labels as L

# DejaVu Sans ships with matplotlib and covers every Vietnamese letter.
FONT = {"family": "DejaVu Sans", "size": 9}
COLOURS = ("#1f5f8b", "#2e8b57", "#c77c02", "#b03a2e", "#6c5b7b", "#7f8c8d")
TOP_DISTRICTS = 12
TOP_CERTIFICATIONS = 10


def _figure(title, height=3.4):
    figure = Figure(figsize=(7.2, height), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_title(title, fontdict={**FONT, "size": 10, "weight": "bold"})
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _png(figure):
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _barh(title, names, values, colour=COLOURS[0]):
    figure, axes = _figure(title, height=max(2.4, 0.32 * len(names) + 1.0))
    positions = range(len(names))
    bars = axes.barh(positions, values, color=colour)
    axes.set_yticks(list(positions), names, fontdict=FONT)
    axes.invert_yaxis()
    axes.bar_label(bars, fontsize=8, padding=2)
    axes.tick_params(axis="x", labelsize=8)
    return _png(figure)


def sectors_chart(report):
    """Suppliers per sector at the end of the period."""
    rows = report["suppliers"]["by_sector"]
    return _barh("Doanh nghiệp theo ngành / Suppliers by sector",
                 [L.vi(L.SECTORS, r["sector"]) for r in rows], [r["total"] for r in rows])


def districts_chart(report):
    """The districts with the most suppliers."""
    rows = report["suppliers"]["by_district"][:TOP_DISTRICTS]
    return _barh("Doanh nghiệp theo quận, huyện / Suppliers by district",
                 [L.UNKNOWN_DISTRICT[0] if r["district"] == "unknown" else r["district"] for r in rows],
                 [r["total"] for r in rows], COLOURS[1])


def certifications_chart(report):
    """Suppliers holding each valid certification (the headline standards, then the most common others)."""
    rows = report["certifications"]["coverage"][:TOP_CERTIFICATIONS]
    return _barh("Chứng chỉ còn hiệu lực / Valid certifications",
                 [r["certification"] for r in rows], [r["suppliers"] for r in rows], COLOURS[2])


def five_s_chart(report):
    """Suppliers at each 5S level."""
    rows = report["five_s"]["levels"]
    return _barh("Mức độ áp dụng 5S / 5S workplace practice",
                 [L.vi(L.FIVE_S, r["level"]) for r in rows], [r["suppliers"] for r in rows], COLOURS[1])


def key_products_chart(report):
    """Key-industrial-product companies per year of recognition."""
    rows = report["key_industrial_products"]["by_year"]
    figure, axes = _figure("Doanh nghiệp có SPCNCL theo năm / Key-industrial-product companies by year")
    bars = axes.bar([str(r["year"]) for r in rows], [r["companies"] for r in rows], color=COLOURS[2])
    axes.bar_label(bars, fontsize=8)
    axes.tick_params(labelsize=8)
    return _png(figure)


def registrations_chart(report):
    """New accounts per month, stacked by role, beside new supplier profiles."""
    registrations = report["registrations"]
    months = [row["month"] for row in registrations["by_month"]]
    figure, axes = _figure("Đăng ký mới theo tháng / New registrations by month")
    positions = range(len(months))
    width = 0.4
    bottom = [0] * len(months)
    for colour, role in zip(COLOURS, registrations["by_role"], strict=False):
        values = [row[role] for row in registrations["by_month"]]
        axes.bar([p - width / 2 for p in positions], values, width, bottom=bottom, color=colour,
                 label=L.vi(L.ROLES, role))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.bar([p + width / 2 for p in positions], [row["supplier_profiles"] for row in registrations["by_month"]],
             width, color=COLOURS[5], label="Hồ sơ doanh nghiệp")
    axes.set_xticks(list(positions), months, fontsize=8, rotation=45 if len(months) > 8 else 0)
    axes.tick_params(axis="y", labelsize=8)
    axes.legend(prop={**FONT, "size": 8}, frameon=False)
    return _png(figure)


def events_chart(report):
    """Meetings of the period's events and their outcomes."""
    e = report["events"]
    names = ["Đã xếp lịch", "Đã diễn ra", "Vắng mặt", "Thỏa thuận"]
    values = [e["meetings_scheduled"], e["meetings_held"], e["no_shows"], e["deals"]]
    figure, axes = _figure("Cuộc gặp và kết quả / Meetings and outcomes", height=2.8)
    bars = axes.bar(names, values, color=COLOURS[:4])
    axes.bar_label(bars, fontsize=8)
    axes.tick_params(labelsize=8)
    return _png(figure)


CHARTS = {
    "sectors": sectors_chart,
    "districts": districts_chart,
    "certifications": certifications_chart,
    "five_s": five_s_chart,
    "key_products": key_products_chart,
    "registrations": registrations_chart,
    "events": events_chart,
}


def render_chart(name, report):
    """PNG bytes of the named chart for a computed report; KeyError for an unknown name."""
    return CHARTS[name](report)
