"""Staff dashboard, the period report page, its XLSX and PDF downloads, and the chart images (staff only)."""
from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..auth.access import role_required
from .charts import CHARTS, render_chart
from .figures import compute_report
from .pdf import pdf_bytes
from .periods import PeriodError, current_half_year, last_full_half_year, parse_period, report_title
from .sections import build_sections, display
from .xlsx import workbook_bytes

blueprint = Blueprint("reports", __name__, url_prefix="/reports")

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _requested_period(default):
    """The period asked for in ?from=&to= (each defaulting to `default`'s); PeriodError when unreadable."""
    first, last = default
    return parse_period(request.args.get("from") or first, request.args.get("to") or last)


def _period(default):
    """The requested period for a page; None, with a message for the user, when it cannot be read."""
    try:
        return _requested_period(default)
    except PeriodError:
        flash(_("That period cannot be reported on: give two dates (YYYY-MM-DD), the first not after the second."),
              "danger")
        return None


def _period_or_400(default):
    try:
        return _requested_period(default)
    except PeriodError:
        abort(400)


def _presets():
    """Quick choices for the period picker: (label, from, to)."""
    last_first, last_last = last_full_half_year()
    now_first, now_last = current_half_year()
    year = now_last.year
    return [
        (_("Last full half-year"), last_first, last_last),
        (_("This half-year to date"), now_first, now_last),
        (_("This year to date"), now_last.replace(month=1, day=1), now_last),
        (_("Last year"), now_last.replace(year=year - 1, month=1, day=1), now_last.replace(year=year - 1, month=12,
                                                                                           day=31)),
    ]


@blueprint.route("/")
@role_required("staff")
def dashboard():
    period = _period(current_half_year())
    if period is None:
        return redirect(url_for("reports.dashboard"))
    report = compute_report(*period)
    return render_template("reports/dashboard.html", report=report, period=period, presets=_presets(),
                           charts=list(CHARTS))


@blueprint.route("/period")
@role_required("staff")
def period_report():
    period = _period(last_full_half_year())
    if period is None:
        return redirect(url_for("reports.period_report"))
    report = compute_report(*period)
    return render_template("reports/period.html", report=report, period=period, presets=_presets(),
                           sections=build_sections(report), title=report_title(*period), display=display)


def _download(render, extension, mimetype):
    period = _period_or_400(last_full_half_year())
    data = render(compute_report(*period), *period)
    name = f"bao-cao-{period[0].isoformat()}-{period[1].isoformat()}.{extension}"
    return Response(data, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@blueprint.route("/period.xlsx")
@role_required("staff")
def period_xlsx():
    return _download(workbook_bytes, "xlsx", XLSX_MIME)


@blueprint.route("/period.pdf")
@role_required("staff")
def period_pdf():
    return _download(pdf_bytes, "pdf", "application/pdf")


@blueprint.route("/chart/<name>.png")
@role_required("staff")
def chart(name):
    if name not in CHARTS:
        abort(404)
    period = _period_or_400(last_full_half_year())
    response = Response(render_chart(name, compute_report(*period)), mimetype="image/png")
    # Figures of a period change only as records are added; a few minutes' reuse spares re-rendering.
    response.headers["Cache-Control"] = "private, max-age=300"
    return response
