"""Staff pages: home, the verification queue and decisions, certificate expiry. Other pages live in the
sibling *_views modules, registered on the same blueprint."""
from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.access import can_edit_supplier, role_required
from ..extensions import db
from ..suppliers.models import Certification, Supplier
from ..timeutil import today
from . import expiry, verification
from .forms import ConfirmForm, DecisionForm
from .paging import paginate_rows
from .programmes import programme_records

blueprint = Blueprint("staff", __name__, url_prefix="/staff")


@blueprint.app_context_processor
def profile_helpers():
    """What templates/staff/_recognitions.html needs on a supplier profile."""
    def last_rejection(supplier):
        if not can_edit_supplier(current_user, supplier) or supplier.verification != "rejected":
            return None
        return next((d for d in verification.latest_decisions(supplier.id) if d.status == "rejected"), None)
    return {"staff_programme_records": programme_records, "staff_last_rejection": last_rejection}


@blueprint.app_template_filter("audit_value")
def audit_value(value):
    """An audit before/after value as short text."""
    if value in (None, "", [], {}):
        return "—"
    if isinstance(value, list):
        return "; ".join(audit_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {audit_value(v)}" for k, v in value.items())
    return str(value)


@blueprint.route("/")
@role_required("staff")
def index():
    return render_template("staff/index.html", queue_size=verification.queue_size(),
                           expiring=len(expiry.expiring_certifications()))


@blueprint.route("/verification")
@role_required("staff")
def queue():
    page = paginate_rows(verification.queue_statement(), request.args.get("page", 1, type=int))
    suppliers = {s.id: s for s in db.session.scalars(
        db.select(Supplier).where(Supplier.id.in_({row.supplier_id for row in page.items})))}
    certifications = {c.id: c for c in db.session.scalars(
        db.select(Certification).where(Certification.id.in_({row.certification_id for row in page.items
                                                             if row.certification_id})))}
    return render_template("staff/queue.html", page=page, suppliers=suppliers, certifications=certifications)


def _decide(form, approve_action, reject_action):
    """Run the chosen decision; returns True when it was taken (the caller commits)."""
    try:
        if form.decision.data == "approve":
            approve_action()
        else:
            reject_action(form.reason.data)
    except verification.DecisionError as error:
        form.reason.errors.append(str(error))
        return False
    return True


@blueprint.route("/verification/suppliers/<int:supplier_id>", methods=["GET", "POST"])
@role_required("staff")
def review_profile(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    form = DecisionForm()
    if form.validate_on_submit() and _decide(
            form, lambda: verification.approve_profile(supplier, current_user),
            lambda reason: verification.reject_profile(supplier, current_user, reason)):
        db.session.commit()
        flash(_("Decision recorded for %(name)s.", name=supplier.name), "success")
        return redirect(url_for("staff.queue"))
    approval = verification.last_approval(supplier.id)
    return render_template("staff/review_profile.html", supplier=supplier, form=form,
                           review=verification.open_review(supplier.id), approval=approval,
                           current=verification.verified_values(supplier),
                           history=verification.latest_decisions(supplier.id, limit=10))


@blueprint.route("/verification/certificates/<int:certification_id>", methods=["GET", "POST"])
@role_required("staff")
def review_certificate(certification_id):
    certification = db.get_or_404(Certification, certification_id)
    form = DecisionForm()
    if form.validate_on_submit() and _decide(
            form, lambda: verification.decide_certificate(certification, current_user, True),
            lambda reason: verification.decide_certificate(certification, current_user, False, reason)):
        db.session.commit()
        flash(_("Decision recorded for %(name)s.", name=certification.name), "success")
        return redirect(url_for("staff.queue"))
    return render_template("staff/review_certificate.html", certification=certification,
                           supplier=certification.supplier, form=form)


@blueprint.route("/verification/certificates/<int:certification_id>/document")
@role_required("staff")
def certificate_document(certification_id):
    certification = db.get_or_404(Certification, certification_id)
    if not certification.document_path:
        abort(404)
    from ..suppliers.documents import absolute_path

    try:
        path = absolute_path(certification.document_path)
    except FileNotFoundError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype=certification.document_mime, as_attachment=True,
                     download_name=certification.document_name or "certificate")


@blueprint.route("/certificates/expiring")
@role_required("staff")
def expiring():
    certifications = expiry.expiring_certifications()
    return render_template("staff/expiring.html", groups=expiry.by_supplier(certifications), on=today(),
                           notified=expiry.notified_ids(certifications), form=ConfirmForm(),
                           window=expiry.WINDOW_DAYS)


@blueprint.route("/certificates/expiring/notify", methods=["POST"])
@role_required("staff")
def notify_expiring():
    if not ConfirmForm().validate_on_submit():
        abort(400)
    summary = expiry.notify_expiring(current_user)
    db.session.commit()
    if summary["suppliers"]:
        flash(_("Notices sent to %(suppliers)s suppliers about %(certificates)s certificates.",
                suppliers=summary["suppliers"], certificates=summary["certificates"]), "success")
    else:
        flash(_("Every supplier concerned has already been told (or has no account yet)."), "info")
    return redirect(url_for("staff.expiring"))


from . import audit_views, programme_views, quality_views, user_views  # noqa: E402,F401  (routes on this blueprint)
